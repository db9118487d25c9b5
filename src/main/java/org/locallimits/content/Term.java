package org.locallimits.content;

import java.util.Map;
import java.util.Optional;

/**
 * One entry of a controlled vocabulary (a measure type, a status, …), with its label and description in other
 * languages by language code. Immutable.
 */
public record Term(String id, String label, String description, Map<String, Text> translations) {

    /** A label and description in one language. */
    public record Text(String label, String description) {
    }

    public Term {
        translations = Map.copyOf(translations);
    }

    public Term(String id, String label, String description) {
        this(id, label, description, Map.of());
    }

    /** This term as shown in {@code lang}: translated when a translation exists. */
    public Term in(String lang) {
        Optional<Text> t = Optional.ofNullable(translations.get(lang));
        return t.map(x -> new Term(id, x.label(), x.description(), translations)).orElse(this);
    }
}
