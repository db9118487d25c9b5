package org.locallimits.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A state, county or city ({@code content/jurisdictions/<state>/<slug>.md}). {@code stateFolder} is the folder the
 * file sits in, which names the state at the top of its hierarchy. Immutable.
 */
public record Jurisdiction(String slug, String file, String name, String level, Optional<Ref> parent,
                           String stateFolder, Optional<String> postal, Optional<String> website, List<Ref> sources,
                           Optional<LocalDate> lastVerified, List<Update> updates, Body body) {
    public static final List<String> LEVELS = List.of("state", "county", "city");

    public Jurisdiction {
        sources = List.copyOf(sources);
        updates = List.copyOf(updates);
    }
}
