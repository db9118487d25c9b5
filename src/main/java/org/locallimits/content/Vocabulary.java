package org.locallimits.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controlled vocabularies of {@code content/vocabulary.yaml}, each a list of terms in the order editors wrote
 * them (that order is the display order). Immutable.
 */
public record Vocabulary(Map<String, List<Term>> lists) {
    public static final List<String> NAMES =
            List.of("types", "instruments", "statuses", "exposure", "event_kinds", "source_kinds");

    public Vocabulary {
        lists = Map.copyOf(lists);
    }

    public List<Term> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    public List<String> ids(String name) {
        return list(name).stream().map(Term::id).toList();
    }

    public Optional<Term> term(String name, String id) {
        // A loop, not a stream: looked up several times for every card of every listing page.
        for (Term t : list(name)) {
            if (t.id().equals(id)) return Optional.of(t);
        }
        return Optional.empty();
    }

    /** The same vocabulary with every term shown in {@code lang} where a translation exists. */
    public Vocabulary in(String lang) {
        Map<String, List<Term>> out = new java.util.HashMap<>();
        lists.forEach((name, terms) -> out.put(name, terms.stream().map(t -> t.in(lang)).toList()));
        return new Vocabulary(out);
    }

    public String label(String name, String id) {
        return term(name, id).map(Term::label).orElse(id);
    }
}
