package org.locallimits.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A free-standing page ({@code content/pages/<slug>.md}): about, method, the guide, topic pages. Immutable. */
public record Page(String slug, String file, String title, String summary, List<Ref> sources,
                   Optional<LocalDate> lastVerified, List<Update> updates, Body body) {
    public Page {
        sources = List.copyOf(sources);
        updates = List.copyOf(updates);
    }
}
