package org.locallimits.content;

import java.time.LocalDate;
import java.util.List;

/** The site-wide settings of {@code content/site.yaml}. Immutable. */
public record Site(String title, String description, String baseUrl, String language, LocalDate asOf,
                   String license, String disclaimer, List<NavItem> nav, List<Question> questions,
                   List<String> languages) {

    /** A reader's question on the home page and the cross-reference (e.g. {@code limit:x}) that answers it. */
    public record Question(String text, String link, org.locallimits.diag.SourcePos pos) {
    }

    /** A navigation link: its text and a site-relative path such as {@code measures/}. */
    public record NavItem(String title, String path) {
    }

    public Site {
        nav = List.copyOf(nav);
        questions = List.copyOf(questions);
        languages = languages.isEmpty() ? List.of(language) : List.copyOf(languages);
    }

    public Site withBaseUrl(String url) {
        return new Site(title, description, url, language, asOf, license, disclaimer, nav, questions, languages);
    }

    /** The same site in another of its languages (the Spanish edition is the site with language `es`). */
    public Site inLanguage(String lang) {
        return new Site(title, description, baseUrl, lang, asOf, license, disclaimer, nav, questions, languages);
    }
}
