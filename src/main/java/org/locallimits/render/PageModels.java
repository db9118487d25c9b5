package org.locallimits.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locallimits.content.Authority;
import org.locallimits.content.Event;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Limit;
import org.locallimits.content.Measure;
import org.locallimits.content.Page;
import org.locallimits.content.Ref;
import org.locallimits.content.Term;
import org.locallimits.html.BodyHtml;
import org.locallimits.html.SourceNumbers;
import org.locallimits.markdown.MarkdownRenderer;
import org.locallimits.model.CrossRefs;
import org.locallimits.model.Paths;
import org.locallimits.model.SiteModel;

/**
 * Builds the data model each template receives: a map of display records from {@link V}, with Markdown bodies
 * rendered and post-processed and sources numbered in citation order. Immutable and thread-safe.
 */
public final class PageModels {
    private final SiteModel model;
    private final Views base;
    private final MarkdownRenderer markdown;
    private final BodyHtml bodyHtml = new BodyHtml();
    private final Map<String, String> assetPaths;

    public PageModels(SiteModel model, Views base, MarkdownRenderer markdown, Map<String, String> assetPaths) {
        this.model = model;
        this.base = base;
        this.markdown = markdown;
        this.assetPaths = Map.copyOf(assetPaths);
    }

    /** The views of this page set, before they are placed at a page. */
    Views views() {
        return base;
    }

    /**
     * The interface string {@code key} of the views' edition (templates/i18n/&lt;lang&gt;.yaml) with {@code {name}}
     * placeholders filled from {@code args} (name, value, name, value …). The generator's own keys are in every
     * language file (Messages reports a key missing from a translation), so a missing key is a bug in the
     * templates folder, reported as such.
     */
    static String text(Views views, String key, String... args) {
        String s = views.edition().strings().get(key);
        if (s == null) {
            throw new IllegalStateException("templates/i18n/" + views.edition().lang() + ".yaml has no string `"
                    + key + "`, which the generator needs");
        }
        for (int i = 0; i + 1 < args.length; i += 2) s = s.replace("{" + args[i] + "}", args[i + 1]);
        return s;
    }

    /** The values every template needs: site, page, strings, alternates, notice, assets, nav and vocabularies. */

    Map<String, Object> common(Views views, V.Page page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", views.site());
        m.put("page", page);
        Map<String, String> assets = new HashMap<>();
        assetPaths.forEach((k, v) -> assets.put(k, views.asset(v)));
        m.put("t", views.edition().strings());
        m.put("lang", views.edition().lang());
        m.put("alternates", views.alternates(page.path()));
        Edition.Notice notice = views.edition().notices().get(page.path());
        if (notice != null) {
            String english = views.alternates(page.path()).stream()
                    .filter(a -> a.lang().equals(views.edition().languages().get(0))).findFirst()
                    .map(V.Alternate::href).orElse("");
            m.put("notice", new V.Notice(notice.status(), english, views.date(notice.englishChanged()),
                    notice.changed()));
        }
        m.put("assets", assets);
        // The navigation of site.yaml; each link's text is the edition's string nav.<path> (without the last /).
        m.put("nav", model.site().nav().stream().map(n -> Map.of("href", views.href(n.path()),
                "key", "nav." + n.path().replaceAll("/$", ""))).toList());
        m.put("types", terms(views, "types"));
        m.put("statuses", terms(views, "statuses"));
        return m;
    }

    private List<V.Term> terms(Views views, String list) {
        return model.vocabulary().list(list).stream().map(t -> views.term(list, t.id())).toList();
    }

    private BodyHtml.Result body(Views views, String file, SourceNumbers numbers) {
        String html = markdown.render(model.body(file));
        return bodyHtml.process(html, t -> CrossRefs.path(model, t).map(views::href), model.sources()::containsKey,
                numbers, views.href(Paths.page("method")) + "#"
                        + views.edition().strings().getOrDefault("anchor.unverified", "unverified-facts"));
    }

    private static List<V.Toc> toc(BodyHtml.Result r) {
        return r.toc().stream().map(t -> new V.Toc(t.level(), t.id(), t.text())).toList();
    }

    private static void numberAll(SourceNumbers numbers, List<Ref> refs) {
        refs.forEach(r -> numbers.number(r.id()));
    }

    public Map<String, Object> measure(Measure m) {
        Views views = base.at(Paths.measure(m.slug()));
        Jurisdiction j = model.jurisdictionOf(m);
        SourceNumbers numbers = new SourceNumbers();
        BodyHtml.Result body = body(views, m.file(), numbers);
        List<Event> sorted = m.events().stream()
                .sorted(Comparator.comparing(Event::date).thenComparing(Event::summary)).toList();
        String path = Paths.measure(m.slug());
        String eventsLang = views.languageOf(path, "events");
        List<V.Event> events = new ArrayList<>();
        for (Event e : sorted) {
            List<Integer> notes = e.sources().stream().map(r -> numbers.number(r.id())).toList();
            events.add(new V.Event(views.date(e.date()), views.term("event_kinds", e.kind()), e.summary(), notes,
                    null, eventsLang));
        }
        numberAll(numbers, m.sources());
        List<V.Link> crumbs = new ArrayList<>(views.breadcrumb(j));
        Map<String, Object> data = common(views, views.page(m.title(), m.summary(), path, "measure", crumbs,
                Optional.of(m.lastVerified())));
        data.put("measure", views.card(m));
        data.put("number", m.number().orElse(""));
        data.put("adoptedBy", m.adoptedBy());
        data.put("statusNote", m.statusNote().orElse(""));
        data.put("introduced", views.date(m.introduced()));
        data.put("adopted", views.date(m.adopted()));
        data.put("effective", views.date(m.effective()));
        data.put("lastVerified", views.date(m.lastVerified()));
        data.put("officials", m.officials().stream().map(o -> new V.Official(o.name(), o.role())).toList());
        data.put("officialsLang", views.languageOf(path, "officials"));
        data.put("exposureRationale", m.exposureRationale());
        data.put("doctrines", m.doctrines().stream().map(r -> model.limits().get(r.id()))
                .map(l -> new V.Link(views.href(Paths.limit(l.slug())), l.title())).toList());
        data.put("events", events);
        data.put("body", body.html());
        data.put("toc", toc(body));
        data.put("sources", views.sourceList(numbers.order()));
        data.put("jsonLd", Json.write(jsonLd(views, m, j, path)));
        return data;
    }

    /** schema.org {@code Legislation} for a measure, or a plain {@code Article} for hotlines and proposals. */
    private Map<String, Object> jsonLd(Views views, Measure m, Jurisdiction j, String path) {
        boolean legislation = !List.of("hotline", "portal", "proposal").contains(m.instrument());
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", legislation ? "Legislation" : "Article");
        ld.put("name", m.title());
        ld.put("description", m.summary());
        ld.put("url", views.canonical(path));
        if (legislation) {
            m.number().ifPresent(n -> ld.put("legislationIdentifier", n));
            ld.put("legislationType", model.vocabulary().label("instruments", m.instrument()));
            ld.put("legislationJurisdiction", model.lineage(j).stream().map(Jurisdiction::name)
                    .reduce((a, b) -> b + ", " + a).orElse(j.name()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("@type", "Organization");
            body.put("name", m.adoptedBy());
            ld.put("legislationPassedBy", body);
            m.adopted().ifPresent(d -> ld.put("legislationDate", d.toString()));
            m.effective().ifPresent(d -> ld.put("legislationDateVersion", d.toString()));
            ld.put("legislationLegalForce", switch (m.status()) {
                case "in-effect", "challenged" -> "https://schema.org/InForce";
                case "adopted", "proposed" -> "https://schema.org/NotInForce";
                case "enjoined" -> "https://schema.org/PartiallyInForce";
                default -> "https://schema.org/NotInForce";
            });
        }
        ld.put("dateModified", m.lastVerified().toString());
        return ld;
    }

    public Map<String, Object> jurisdiction(Jurisdiction j) {
        Views views = base.at(Paths.jurisdiction(j.slug()));
        SourceNumbers numbers = new SourceNumbers();
        BodyHtml.Result body = body(views, j.file(), numbers);
        numberAll(numbers, j.sources());
        String path = Paths.jurisdiction(j.slug());
        Map<String, Object> data = common(views, views.page(j.name(), text(views, "jurisdiction.description", "name",
                j.name()), path, "jurisdiction", views.breadcrumb(j), j.lastVerified()));
        data.put("jurisdiction", views.jurisdiction(j));
        data.put("here", views.cards(model.measuresOf(j)));
        data.put("above", views.cards(model.measuresAbove(j)));
        data.put("below", views.cards(model.measuresBelow(j)));
        data.put("children", model.children(j).stream().map(views::jurisdiction).toList());
        data.put("body", body.html());
        data.put("sources", views.sourceList(numbers.order()));
        return data;
    }

    public Map<String, Object> limit(Limit l) {
        Views views = base.at(Paths.limit(l.slug()));
        SourceNumbers numbers = new SourceNumbers();
        BodyHtml.Result body = body(views, l.file(), numbers);
        List<V.Authority> authorities = new ArrayList<>();
        for (Authority a : l.authorities()) {
            int note = a.source().map(r -> numbers.number(r.id())).orElse(0);
            authorities.add(new V.Authority(a.kind(), a.name(), a.citation(), a.holding(), note));
        }
        numberAll(numbers, l.sources());
        String path = Paths.limit(l.slug());
        Map<String, Object> data = common(views, views.page(l.title(), l.summary(), path, "limit",
                List.of(new V.Link(views.href("limits/"), text(views, "limits.title"))), l.lastVerified()));
        data.put("summary", l.summary());
        data.put("authorities", authorities);
        data.put("holdingsLang", views.languageOf(path, "holdings"));
        data.put("measures", views.cards(model.measuresWithDoctrine(l.slug())));
        data.put("body", body.html());
        data.put("toc", toc(body));
        data.put("sources", views.sourceList(numbers.order()));
        return data;
    }

    public Map<String, Object> page(Page p) {
        Views views = base.at(Paths.page(p.slug()));
        SourceNumbers numbers = new SourceNumbers();
        BodyHtml.Result body = body(views, p.file(), numbers);
        numberAll(numbers, p.sources());
        Map<String, Object> data = common(views, views.page(p.title(), p.summary(), Paths.page(p.slug()), "page",
                List.of(), p.lastVerified()));
        data.put("body", body.html());
        data.put("toc", toc(body));
        data.put("sources", views.sourceList(numbers.order()));
        return data;
    }

    /** The listing of every measure. */
    public Map<String, Object> allMeasures(List<Measure> measures) {
        return list(text(base, "list.all.title"), text(base, "list.all.description"), "measures/", measures);
    }

    /** The listing of the measures with one status. */
    public Map<String, Object> statusList(Term status, List<Measure> measures) {
        return list(text(base, "list.status.title", "label", status.label()), status.description(),
                Paths.status(status.id()), measures);
    }

    /** A listing page of measures (all, one type, one status). */
    public Map<String, Object> list(String title, String description, String path, List<Measure> measures) {
        Views views = base.at(path);
        Map<String, Object> data = common(views, views.page(title, description, path, "list", List.of(), Optional.empty()));
        data.put("description", description);
        data.put("measures", views.cards(measures));
        return data;
    }

    public Map<String, Object> limits() {
        Views views = base.at("limits/");
        Map<String, Object> data = common(views, views.page(text(views, "limits.title"),
                text(views, "limits.description"), "limits/", "list", List.of(), Optional.empty()));
        data.put("limits", model.content().limits().stream().sorted(Comparator.comparing(Limit::title))
                .map(l -> Map.of("href", views.href(Paths.limit(l.slug())), "title", l.title(),
                        "summary", l.summary(), "count", model.measuresWithDoctrine(l.slug()).size()))
                .toList());
        return data;
    }

    public Map<String, Object> jurisdictions() {
        Views views = base.at("jurisdictions/");
        Map<String, Object> data = common(views, views.page(text(views, "jurisdictions.title"),
                text(views, "jurisdictions.description"), "jurisdictions/", "list", List.of(), Optional.empty()));
        List<Map<String, Object>> states = new ArrayList<>();
        for (Jurisdiction s : model.states()) {
            states.add(Map.of("state", views.jurisdiction(s), "tree", tree(views, s)));
        }
        data.put("states", states);
        return data;
    }

    private List<V.JurisdictionInfo> tree(Views views, Jurisdiction j) {
        List<V.JurisdictionInfo> out = new ArrayList<>();
        for (Jurisdiction c : model.children(j)) {
            out.add(views.jurisdiction(c));
            out.addAll(tree(views, c));
        }
        return out;
    }

    public Map<String, Object> sources() {
        Views views = base.at("sources/");
        Map<String, Object> data = common(views, views.page(text(views, "sources.title"),
                text(views, "sources.description"), "sources/", "sources", List.of(), Optional.empty()));
        List<V.SourceEntry> all = new ArrayList<>();
        model.content().sources().stream().sorted(Comparator.comparing(s -> s.id()))
                .forEach(s -> all.add(views.source(s, all.size() + 1)));
        data.put("sources", all);
        return data;
    }

    public Map<String, Object> home() {
        Views views = base.at("");
        Map<String, Object> data = common(views, views.page(model.site().title(), text(views, "site.description"), "",
                "home", List.of(), Optional.empty()));
        data.put("states", model.states().stream().map(views::jurisdiction).toList());
        List<Map<String, Object>> byType = new ArrayList<>();
        for (Term t : model.vocabulary().list("types")) {
            long n = model.content().measures().stream().filter(m -> m.type().equals(t.id())).count();
            if (n > 0) byType.add(Map.of("term", views.term("types", t.id()), "count", n));
        }
        data.put("byType", byType);
        data.put("limits", model.content().limits().stream().sorted(Comparator.comparing(Limit::title))
                .map(l -> new V.Link(views.href(Paths.limit(l.slug())), l.title())).toList());
        data.put("latest", latestEvents(views, 8));
        data.put("questions", model.site().questions().stream()
                .map(q -> new V.Question(q.text(), CrossRefs.parse(q.link()).flatMap(t -> CrossRefs.path(model, t))
                        .map(views::href).orElse(""))).toList());
        data.put("map", TileMap.svg(model.states().stream().filter(s -> s.postal().isPresent())
                .map(s -> new TileMap.Tile(s.postal().get(), s.name(), views.href(Paths.jurisdiction(s.slug())),
                        model.measureCount(s)))
                .filter(t -> t.count() > 0).toList(), text(views, "home.mapLabel"), text(views, "count.measures.one"),
                text(views, "count.measures.other")));
        data.put("measureCount", model.content().measures().size());
        return data;
    }

    /** The newest events across all measures, newest first. */
    public List<V.Event> latestEvents(Views views, int limit) {
        List<V.Event> out = new ArrayList<>();
        model.content().measures().stream()
                .flatMap(m -> m.events().stream().map(e -> Map.entry(m, e)))
                .sorted(Comparator.<Map.Entry<Measure, Event>, java.time.LocalDate>comparing(x -> x.getValue().date())
                        .reversed().thenComparing(x -> x.getKey().slug()).thenComparing(x -> x.getValue().summary()))
                .limit(limit)
                .forEach(x -> out.add(new V.Event(views.date(x.getValue().date()),
                        views.term("event_kinds", x.getValue().kind()), x.getValue().summary(), List.of(),
                        views.card(x.getKey()), views.languageOf(Paths.measure(x.getKey().slug()), "events"))));
        return out;
    }

    public Map<String, Object> notFound() {
        Views views = base.at("404.html");
        return common(views, views.page(text(views, "notFound.title"), text(views, "notFound.description"), "404.html",
                "404", List.of(), Optional.empty()));
    }
}
