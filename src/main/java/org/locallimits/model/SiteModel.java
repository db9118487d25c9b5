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
                        Map<String, Parsed> bodies, ModelIndex index) {

    /** Measures in listing order: state, then jurisdiction name, then title. */
    public static final Comparator<Measure> BY_TITLE = Comparator.comparing(Measure::title).thenComparing(Measure::slug);

    public SiteModel {
        jurisdictions = Replaced.immutable(jurisdictions);
        measures = Replaced.immutable(measures);
        limits = Replaced.immutable(limits);
        pages = Replaced.immutable(pages);
        sources = Replaced.immutable(sources);
        bodies = Replaced.immutable(bodies);
    }

    /** A model with a fresh lookup index (built on first use, after validation has run). */
    public SiteModel(Content content, Map<String, Jurisdiction> jurisdictions, Map<String, Measure> measures,
                     Map<String, Limit> limits, Map<String, Page> pages, Map<String, Source> sources,
                     Map<String, Parsed> bodies) {
        this(content, jurisdictions, measures, limits, pages, sources, bodies, new ModelIndex());
    }

    private ModelIndex.Lookups lookups() {
        return index.of(this);
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

    /** The jurisdictions whose parent is {@code j}, by name. */
    public List<Jurisdiction> children(Jurisdiction j) {
        return lookups().children().getOrDefault(j.slug(), List.of());
    }

    /** Measures adopted by {@code j} itself, by title. */
    public List<Measure> measuresOf(Jurisdiction j) {
        return lookups().measuresOf().getOrDefault(j.slug(), List.of());
    }

    /** Measures of every jurisdiction below {@code j} (not {@code j} itself), depth first, children by name. */
    public List<Measure> measuresBelow(Jurisdiction j) {
        List<Measure> out = new ArrayList<>();
        below(j, out, 0);
        return out;
    }

    private void below(Jurisdiction j, List<Measure> out, int depth) {
        if (depth > 10) return; // a cycle, reported by validation
        for (Jurisdiction c : children(j)) {
            out.addAll(measuresOf(c));
            below(c, out, depth + 1);
        }
    }

    /** How many measures {@code j} and the jurisdictions below it have: {@code measuresOf + measuresBelow}. */
    public int measureCount(Jurisdiction j) {
        return lookups().counts().getOrDefault(j.slug(), 0);
    }

    /** Every measure of the jurisdictions above {@code j}, nearest level first. */
    public List<Measure> measuresAbove(Jurisdiction j) {
        List<Jurisdiction> chain = lineage(j);
        List<Measure> out = new ArrayList<>();
        for (int i = chain.size() - 2; i >= 0; i--) out.addAll(measuresOf(chain.get(i)));
        return out;
    }

    /** The measures that name the legal limit {@code limitSlug} in {@code doctrines}, in {@link #sortedMeasures} order. */
    public List<Measure> measuresWithDoctrine(String limitSlug) {
        return lookups().withDoctrine().getOrDefault(limitSlug, List.of());
    }

    /** All measures grouped by state then jurisdiction, each group by title. */
    public List<Measure> sortedMeasures() {
        return lookups().sorted();
    }

    /** The states, by name. */
    public List<Jurisdiction> states() {
        return lookups().states();
    }

    public static int levelRank(String level) {
        return Jurisdiction.LEVELS.indexOf(level);
    }
}
