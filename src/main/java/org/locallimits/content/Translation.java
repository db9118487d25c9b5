package org.locallimits.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A translation of one page ({@code <slug>.<lang>.md} beside {@code <slug>.md}): its translated front-matter
 * texts, list texts given item by item in the source's order (event summaries, holdings), its body, and the
 * fingerprints of the source text it was made from ({@code translated_from}, written by {@code explainer
 * translated}). Immutable.
 */
public record Translation(String lang, String kind, String slug, String file, String sourceFile,
                          Map<String, String> texts, Map<String, List<String>> lists, Body body,
                          Map<String, String> translatedFrom) {
    public Translation {
        texts = Map.copyOf(texts);
        lists = Map.copyOf(lists);
        translatedFrom = Map.copyOf(translatedFrom);
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    public List<String> list(String key) {
        return lists.getOrDefault(key, List.of());
    }
}
