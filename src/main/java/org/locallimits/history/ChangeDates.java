package org.locallimits.history;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When each content file last changed, as recorded by version control: file (as named in problems, for example
 * {@code content/measures/x.md}) → the date of the newest commit touching it. Files with no recorded change
 * (outside a git checkout, or never committed) have no date. Immutable and thread-safe.
 */
public record ChangeDates(Map<String, LocalDate> byFile) {
    private static final ChangeDates NONE = new ChangeDates(Map.of());

    public ChangeDates {
        byFile = Map.copyOf(byFile);
    }

    /** No dates at all: the clean fallback when there is no history to read. */
    public static ChangeDates none() {
        return NONE;
    }

    public Optional<LocalDate> of(String file) {
        return Optional.ofNullable(byFile.get(file));
    }
}
