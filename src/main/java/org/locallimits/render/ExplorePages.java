package org.locallimits.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Measure;
import org.locallimits.content.Term;
import org.locallimits.model.SiteModel;

/**
 * Data for the pages that look across all measures: compare, timeline and search. Each page is complete in its
 * HTML; the filter options here only feed the controls that {@code compare.js} and {@code timeline.js} reveal.
 * Immutable and thread-safe.
 */
public final class ExplorePages {
    /** Where the search index is written, relative to the site root. */
    public static final String SEARCH_INDEX = "search/index.json";

    private final SiteModel model;
    private final Views base;
    private final PageModels pages;

    public ExplorePages(SiteModel model, Views base, PageModels pages) {
        this.model = model;
        this.base = base;
        this.pages = pages;
    }

    public Map<String, Object> compare() {
        Views views = base.at("compare/");
        Map<String, Object> data = pages.common(views, views.page(PageModels.text(views, "compare.title"),
                PageModels.text(views, "compare.description"), "compare/", "compare", List.of(), Optional.empty()));
        List<Measure> measures = model.sortedMeasures();
        data.put("rows", views.cards(measures));
        // Sort keys: the vocabulary's own order ranks levels, statuses and exposure better than the alphabet.
        data.put("levelOrder", Jurisdiction.LEVELS);
        data.put("statusOrder", ids("statuses"));
        data.put("exposureOrder", ids("exposure"));
        data.put("levels", Jurisdiction.LEVELS.stream()
                .filter(l -> measures.stream().anyMatch(m -> model.jurisdictionOf(m).level().equals(l)))
                .map(l -> new V.Option(l, PageModels.text(views, "level." + l)))
                .toList());
        data.put("typeOptions", present("types", measures.stream().map(Measure::type).toList()));
        data.put("statusOptions", present("statuses", measures.stream().map(Measure::status).toList()));
        data.put("states", states());
        return data;
    }

    public Map<String, Object> timeline() {
        Views views = base.at("timeline/");
        Map<String, Object> data = pages.common(views, views.page(PageModels.text(views, "timeline.title"),
                PageModels.text(views, "timeline.description"), "timeline/", "timeline", List.of(), Optional.empty()));
        data.put("events", pages.latestEvents(views, Integer.MAX_VALUE));
        data.put("states", states());
        return data;
    }

    public Map<String, Object> search() {
        Views views = base.at("search/");
        Map<String, Object> data = pages.common(views, views.page(PageModels.text(views, "search.title"),
                PageModels.text(views, "search.description"), "search/", "search", List.of(), Optional.empty()));
        data.put("index", views.href(SEARCH_INDEX));
        return data;
    }

    private List<String> ids(String list) {
        return model.vocabulary().list(list).stream().map(Term::id).toList();
    }

    /** The terms of a vocabulary list that some measure uses, in the vocabulary's order. */
    private List<V.Option> present(String list, List<String> used) {
        return model.vocabulary().list(list).stream().filter(t -> used.contains(t.id()))
                .map(t -> new V.Option(t.id(), t.label())).toList();
    }

    /** States that have at least one measure at any level, by name. */
    private List<V.Option> states() {
        return model.states().stream()
                .filter(s -> model.measureCount(s) > 0)
                .map(s -> new V.Option(s.slug(), s.name())).toList();
    }
}
