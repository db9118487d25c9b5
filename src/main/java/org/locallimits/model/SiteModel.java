package org.locallimits.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locallimits.content.Content;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Limit;
import org.locallimits.content.Measure;
import org.locallimits.content.Page;
import org.locallimits.content.Site;
import org.locallimits.content.Source;
import org.locallimits.content.Vocabulary;
import org.locallimits.markdown.Parsed;

/**
 * The assembled site: content indexed by id, the jurisdiction hierarchy, and parsed Markdown bodies. Built by
 * {@link ModelBuilder} after validation, with no I/O. Immutable; all lists are in a fixed, documented order.
 */
public record SiteModel(Content content, Map<String, Jurisdiction> jurisdictions, Map<String, Measure> measures,
                        Map<String, Limit> limits, Map<String, Page> pages, Map<String, Source> sources,
                        Map<String, Parsed> bodies) {

    /** Measures in listing order: state, then jurisdiction name, then title. */
    public static final Comparator<Measure> BY_TITLE = Comparator.comparing(Measure::title).thenComparing(Measure::slug);

    public SiteModel {
        jurisdictions = Map.copyOf(jurisdictions);
        measures = Map.copyOf(measures);
        limits = Map.copyOf(limits);
        pages = Map.copyOf(pages);
        sources = Map.copyOf(sources);
        bodies = Map.copyOf(bodies);
    }

    public Site site() {
        return content.site();
    }

    public Vocabulary vocabulary() {
        return content.vocabulary();
    }

    public Parsed body(String file) {
        return bodies.get(file);
    }

    public Optional<Jurisdiction> parent(Jurisdiction j) {
        return j.parent().map(r -> jurisdictions.get(r.id()));
    }

    /** The chain from the state down to {@code j} itself. */
    public List<Jurisdiction> lineage(Jurisdiction j) {
        List<Jurisdiction> chain = new ArrayList<>();
        for (Jurisdiction cur = j; cur != null && chain.size() < 10; cur = parent(cur).orElse(null)) {
            chain.add(0, cur);
        }
        return chain;
    }

    public Jurisdiction state(Jurisdiction j) {
        return lineage(j).get(0);
    }

    public Jurisdiction jurisdictionOf(Measure m) {
        return jurisdictions.get(m.jurisdiction().id());
    }

    public List<Jurisdiction> children(Jurisdiction j) {
        return content.jurisdictions().stream()
                .filter(c -> c.parent().map(p -> p.id().equals(j.slug())).orElse(false))
                .sorted(Comparator.comparing(Jurisdiction::name))
                .toList();
    }

    /** Measures adopted by {@code j} itself, by title. */
    public List<Measure> measuresOf(Jurisdiction j) {
        return content.measures().stream().filter(m -> m.jurisdiction().id().equals(j.slug())).sorted(BY_TITLE)
                .toList();
    }

    /** Measures of every jurisdiction below {@code j} (not {@code j} itself). */
    public List<Measure> measuresBelow(Jurisdiction j) {
        List<Measure> out = new ArrayList<>();
        for (Jurisdiction c : children(j)) {
            out.addAll(measuresOf(c));
            out.addAll(measuresBelow(c));
        }
        return out;
    }

    /** Every measure of the jurisdictions above {@code j}, nearest level first. */
    public List<Measure> measuresAbove(Jurisdiction j) {
        List<Jurisdiction> chain = lineage(j);
        List<Measure> out = new ArrayList<>();
        for (int i = chain.size() - 2; i >= 0; i--) out.addAll(measuresOf(chain.get(i)));
        return out;
    }

    public List<Measure> measuresWithDoctrine(String limitSlug) {
        return sortedMeasures().stream()
                .filter(m -> m.doctrines().stream().anyMatch(r -> r.id().equals(limitSlug)))
                .toList();
    }

    /** All measures grouped by state then jurisdiction, each group by title. */
    public List<Measure> sortedMeasures() {
        return content.measures().stream()
                .sorted(Comparator.<Measure, String>comparing(m -> state(jurisdictionOf(m)).name())
                        .thenComparing(m -> levelRank(jurisdictionOf(m).level()))
                        .thenComparing(m -> jurisdictionOf(m).name())
                        .thenComparing(BY_TITLE))
                .toList();
    }

    public List<Jurisdiction> states() {
        return content.jurisdictions().stream().filter(j -> j.level().equals("state"))
                .sorted(Comparator.comparing(Jurisdiction::name)).toList();
    }

    public static int levelRank(String level) {
        return Jurisdiction.LEVELS.indexOf(level);
    }
}
