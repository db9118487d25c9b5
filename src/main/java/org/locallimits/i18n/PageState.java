package org.locallimits.i18n;

import java.util.List;

/**
 * Where one page of a language edition stands: translated and current, translated but possibly out of date
 * (with the English fields that changed), or shown in English for want of a translation. {@code inEnglish}
 * names the lists of a translated page that are still shown in English ({@code events}, {@code officials},
 * {@code holdings}, {@code updates}): those whose translation is missing or has not as many items as the English
 * page's, as after an editor adds an event in English. Immutable.
 */
public record PageState(Status status, String englishFile, List<String> changed, List<String> inEnglish) {
    public enum Status { CURRENT, STALE, FALLBACK }

    public PageState {
        changed = List.copyOf(changed);
        inEnglish = List.copyOf(inEnglish);
    }
}
