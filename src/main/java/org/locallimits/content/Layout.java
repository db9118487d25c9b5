package org.locallimits.content;

import java.util.Optional;
import java.util.regex.Pattern;

/** Where each kind of content file lives inside {@code content/}. The folder layout is the content contract. */
final class Layout {
    static final String HINT = "content/ holds site.yaml, vocabulary.yaml, sources.yaml, README.md, "
            + "jurisdictions/<state>/<slug>.md, measures/<slug>.md, limits/<slug>.md and pages/<slug>.md";
    private static final Pattern JURISDICTION = Pattern.compile("jurisdictions/[^/]+/[^/]+\\.md");
    private static final Pattern MEASURE = Pattern.compile("measures/[^/]+\\.md");
    private static final Pattern LIMIT = Pattern.compile("limits/[^/]+\\.md");
    private static final Pattern PAGE = Pattern.compile("pages/[^/]+\\.md");

    private Layout() {
    }

    /** A translation beside its source, such as {@code measures/x.es.md}. */
    private static final Pattern TRANSLATION = Pattern.compile(".*\\.[a-z]{2}\\.md");

    static boolean isTranslation(String rel) {
        return TRANSLATION.matcher(rel).matches();
    }

    static Optional<String> kindOf(String rel) {
        if (isTranslation(rel)) return Optional.empty();
        if (JURISDICTION.matcher(rel).matches()) return Optional.of("jurisdiction");
        if (MEASURE.matcher(rel).matches()) return Optional.of("measure");
        if (LIMIT.matcher(rel).matches()) return Optional.of("limit");
        if (PAGE.matcher(rel).matches()) return Optional.of("page");
        return Optional.empty();
    }

    static boolean isDataFile(String rel) {
        return rel.equals("site.yaml") || rel.equals("vocabulary.yaml") || rel.equals("sources.yaml")
                || rel.equals("README.md") || rel.equals("glossary.yaml") || isTranslation(rel);
    }
}
