package org.locallimits.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A legal doctrine or limit ({@code content/limits/<slug>.md}) with its key authorities. Immutable. */
public record Limit(String slug, String file, String title, String summary, List<Authority> authorities,
                    List<Ref> sources, Optional<LocalDate> lastVerified, List<Update> updates, Body body) {
    public Limit {
        authorities = List.copyOf(authorities);
        sources = List.copyOf(sources);
        updates = List.copyOf(updates);
    }
}
