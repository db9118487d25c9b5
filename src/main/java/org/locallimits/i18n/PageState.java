package org.locallimits.i18n;

import java.util.List;

/**
 * Where one page of a language edition stands: translated and current, translated but possibly out of date
 * (with the English fields that changed), or shown in English for want of a translation. Immutable.
 */
public record PageState(Status status, String englishFile, List<String> changed) {
    public enum Status { CURRENT, STALE, FALLBACK }

    public PageState {
        changed = List.copyOf(changed);
    }
}
