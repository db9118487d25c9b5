package org.locallimits.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Measure;

/**
 * The lookups of a {@link SiteModel} that would otherwise scan every measure or jurisdiction on each call
 * (children, measures of a place, measures per doctrine, the sorted measure list, counts): built once, on first
 * use, in one pass each, so listing pages cost time in proportion to what they list rather than to the site.
 * Built lazily because a model is created before validation has checked the references these lookups follow.
 *
 * <p>Thread-safe: the lookups are built once under a lock and are immutable afterwards. Carries no data of its
 * own, so every instance is equal to every other and a model's equality depends on its content only.
 */
public final class ModelIndex {
    private volatile Lookups lookups;

    /** The built lookups; every list is unmodifiable. */
    record Lookups(Map<String, List<Jurisdiction>> children, Map<String, List<Measure>> measuresOf,
                   Map<String, Integer> counts, List<Measure> sorted, Map<String, List<Measure>> withDoctrine,
                   List<Jurisdiction> states) {
    }

    Lookups of(SiteModel model) {
        Lookups l = lookups;
        if (l == null) {
            synchronized (this) {
                l = lookups;
                if (l == null) {
                    l = build(model);
                    lookups = l;
                }
            }
        }
        return l;
    }

    private static Lookups build(SiteModel model) {
        Map<String, List<Jurisdiction>> children = new HashMap<>();
        for (Jurisdiction j : model.content().jurisdictions()) {
            j.parent().ifPresent(p -> children.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(j));
        }
        children.replaceAll((k, v) -> sortedCopy(v, Comparator.comparing(Jurisdiction::name)));

        Map<String, List<Measure>> measuresOf = new HashMap<>();
        for (Measure m : model.content().measures()) {
            measuresOf.computeIfAbsent(m.jurisdiction().id(), k -> new ArrayList<>()).add(m);
        }
        measuresOf.replaceAll((k, v) -> sortedCopy(v, SiteModel.BY_TITLE));

        Map<String, Integer> counts = new HashMap<>();
        for (Jurisdiction j : model.content().jurisdictions()) counts.put(j.slug(), count(j, children, measuresOf, 0));

        List<Measure> sorted = sorted(model);
        Map<String, List<Measure>> withDoctrine = new HashMap<>();
        for (Measure m : sorted) {
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            m.doctrines().forEach(r -> ids.add(r.id()));
            for (String id : ids) withDoctrine.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
        }
        withDoctrine.replaceAll((k, v) -> List.copyOf(v));

        List<Jurisdiction> states = model.content().jurisdictions().stream().filter(j -> j.level().equals("state"))
                .sorted(Comparator.comparing(Jurisdiction::name)).toList();
        return new Lookups(Map.copyOf(children), Map.copyOf(measuresOf), Map.copyOf(counts), sorted,
                Map.copyOf(withDoctrine), states);
    }

    private static int count(Jurisdiction j, Map<String, List<Jurisdiction>> children,
                             Map<String, List<Measure>> measuresOf, int depth) {
        int n = measuresOf.getOrDefault(j.slug(), List.of()).size();
        if (depth > 10) return n; // a cycle in the hierarchy, which validation reports
        for (Jurisdiction c : children.getOrDefault(j.slug(), List.of())) {
            n += count(c, children, measuresOf, depth + 1);
        }
        return n;
    }

    /** Measures by state name, level, jurisdiction name, then title: the sort keys are looked up once each. */
    private static List<Measure> sorted(SiteModel model) {
        record Keyed(String state, int level, String place, Measure m) {
        }
        List<Keyed> keyed = new ArrayList<>(model.content().measures().size());
        for (Measure m : model.content().measures()) {
            Jurisdiction j = model.jurisdictionOf(m);
            keyed.add(j == null ? new Keyed("", -1, "", m)
                    : new Keyed(model.state(j).name(), SiteModel.levelRank(j.level()), j.name(), m));
        }
        keyed.sort(Comparator.comparing(Keyed::state).thenComparingInt(Keyed::level).thenComparing(Keyed::place)
                .thenComparing(Keyed::m, SiteModel.BY_TITLE));
        return keyed.stream().map(Keyed::m).toList();
    }

    private static <T> List<T> sortedCopy(List<T> list, Comparator<? super T> order) {
        list.sort(order);
        return List.copyOf(list);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelIndex;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
