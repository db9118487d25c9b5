package org.locallimits.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One language edition of the site: its language, the folder it is published under ({@code ""} for the default
 * language, {@code "es/"} for Spanish), its interface strings, every language of the site (for alternates and
 * the language switcher), the notices of pages that are out of date or not yet translated, and, by page path, the
 * lists that translated pages still show in the first language ({@code events}, {@code officials},
 * {@code holdings}, {@code updates}). Immutable.
 */
public record Edition(String lang, String prefix, Map<String, String> strings, List<String> languages,
                      Map<String, Notice> notices, Map<String, List<String>> inFirstLanguage) {

    /**
     * Why a page of this edition carries a notice: {@code stale} (its English page changed since it was
     * translated, in the listed fields) or {@code fallback} (no translation yet; the page shows the English text).
     */
    public record Notice(String status, Optional<LocalDate> englishChanged, List<String> changed) {
        public Notice {
            changed = List.copyOf(changed);
        }
    }

    public Edition {
        strings = Map.copyOf(strings);
        languages = List.copyOf(languages);
        notices = Map.copyOf(notices);
        inFirstLanguage = Map.copyOf(inFirstLanguage);
    }

    public Edition(String lang, String prefix, Map<String, String> strings, List<String> languages) {
        this(lang, prefix, strings, languages, Map.of(), Map.of());
    }

    public boolean isDefault() {
        return prefix.isEmpty();
    }

    public Edition withNotices(Map<String, Notice> byPagePath, Map<String, List<String>> listsInFirstLanguage) {
        return new Edition(lang, prefix, strings, languages, byPagePath, listsInFirstLanguage);
    }

    /**
     * The first language's code where the page at {@code path} shows {@code list} in it on this edition (the
     * page is not translated, or its translation of that list is missing or incomplete); otherwise empty. With
     * {@code list} empty, whether the page's own texts are in the first language.
     */
    public String languageOf(String path, String list) {
        if (isDefault() || languages.isEmpty()) return "";
        Notice notice = notices.get(path);
        boolean first = notice != null && notice.status().equals("fallback")
                || !list.isEmpty() && inFirstLanguage.getOrDefault(path, List.of()).contains(list);
        return first ? languages.get(0) : "";
    }

    /** The folder of the edition in {@code language}. */
    public static String prefixOf(String language, List<String> languages) {
        return languages.isEmpty() || languages.get(0).equals(language) ? "" : language + "/";
    }

    public static Edition of(String lang, List<String> languages, Messages messages) {
        return new Edition(lang, prefixOf(lang, languages), messages.of(lang), languages);
    }
}
