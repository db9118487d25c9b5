package org.locallimits.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Limit;
import org.locallimits.content.Measure;
import org.locallimits.content.Page;
import org.locallimits.content.Ref;
import org.locallimits.content.Term;
import org.locallimits.diag.Problems;
import org.locallimits.history.ChangeDates;
import org.locallimits.markdown.MarkdownRenderer;
import org.locallimits.model.Paths;
import org.locallimits.model.SiteModel;

/**
 * Renders every page of the site from the model and hands each finished file to a sink as soon as it is ready,
 * so no more than a few pages are held in memory. Pages are rendered in parallel; the sink must be thread-safe.
 * Output does not depend on the order pages finish in.
 */
public final class SiteRenderer {
    private static final String SITEMAP = "sitemap.xml";
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final ChangeDates changes;

    public SiteRenderer(Templates templates, MarkdownRenderer markdown) {
        this(templates, markdown, ChangeDates.none());
    }

    /** @param changes when each content file last changed (git), shown as "last changed" and in the sitemap */
    public SiteRenderer(Templates templates, MarkdownRenderer markdown, ChangeDates changes) {
        this.templates = templates;
        this.markdown = markdown;
        this.changes = changes;
    }

    /**
     * One page to render: where it goes, with which template, from which content file, with what data, and what
     * it depends on ({@link Dependencies}; pages without a precise list depend on all front matter). Data and
     * dependencies are computed only when asked for: rendering needs no dependencies, and the preview's list of
     * dependencies needs no data.
     */
    private record Job(String path, String template, String file, Supplier<Map<String, Object>> data,
                       Supplier<Set<String>> deps) {
        Job(String path, String template, String file, Supplier<Map<String, Object>> data) {
            this(path, template, file, data, () -> Set.of(Dependencies.ANY_FRONT));
        }
    }

    /**
     * Which pages to render this time; the others are taken unchanged from {@code previous} (the preview server's
     * last good build). A full build renders everything.
     *
     * @param renders   the output paths to render (every edition's), or empty to render every page
     * @param keepsRest whether the caller keeps every file it had and needs only the files rendered again: the
     *                  preview, when an edit leaves the site's pages as they were, so that a rebuild costs what the
     *                  edit touches rather than a look at every page
     * @param index     the preview's search index of this edition after its last good build, if any
     */
    public record Plan(Optional<Set<String>> renders, Function<String, Optional<byte[]>> previous,
                       boolean keepsRest, Optional<SearchIndex.Memo> index) {
        public static final Plan FULL = new Plan(Optional.empty(), path -> Optional.empty(), false, Optional.empty());

        public Plan {
            if (keepsRest && renders.isEmpty()) {
                throw new IllegalArgumentException("a plan that keeps the rest names what it renders");
            }
        }

        boolean rendersPath(String path) {
            return renders.isEmpty() || renders.get().contains(path);
        }
    }

    public void render(SiteModel model, Assets assets, Consumer<OutputFile> sink, Problems problems) {
        render(model, assets, sink, problems, Plan.FULL);
    }

    public void render(SiteModel model, Assets assets, Consumer<OutputFile> sink, Problems problems, Plan plan) {
        render(model, assets, sink, problems, plan, new Edition(model.site().language(), "", Map.of(),
                model.site().languages()));
    }

    /** The dependency tokens of every page of {@code edition}, by output path (see {@link Dependencies}). */
    public Map<String, Set<String>> dependencies(SiteModel model, Assets assets, Edition edition) {
        Views views = new Views(model, Map.of()).in(edition);
        PageModels pm = new PageModels(model, views, markdown, assets.paths());
        Map<String, Set<String>> out = new TreeMap<>();
        for (Job job : jobs(model, pm, new ExplorePages(model, views, pm), new PublishPages(model, views, pm))) {
            out.put(edition.prefix() + job.path(), job.deps().get());
        }
        // The sitemap, feeds and open data show front matter only, like the listings.
        out.put(edition.prefix() + SITEMAP, Set.of(Dependencies.ANY_FRONT));
        feeds(model).keySet().forEach(path -> out.put(edition.prefix() + path, Set.of(Dependencies.ANY_FRONT)));
        org.locallimits.opendata.OpenData.paths().forEach(path -> out.put(edition.prefix() + path,
                Set.of(Dependencies.ANY_FRONT)));
        return out;
    }

    /**
     * Renders one language edition: its pages go under the edition's folder; assets and {@code robots.txt} are
     * written once, with the default edition.
     *
     * @return the preview's search index of the edition, for the next rebuild's plan (empty for a full build)
     */
    public Optional<SearchIndex.Memo> render(SiteModel model, Assets assets, Consumer<OutputFile> sink,
                                             Problems problems, Plan plan, Edition edition) {
        Map<String, java.time.LocalDate> lastChanged = lastChanged(model);
        Views views = new Views(model, () -> citedOn(model), lastChanged).in(edition);
        PageModels pm = new PageModels(model, views, markdown, assets.paths());
        PublishPages publish = new PublishPages(model, views, pm);
        ExplorePages explore = new ExplorePages(model, views, pm);
        Problems pageProblems = new Problems();
        SearchIndex index = plan == Plan.FULL ? new SearchIndex(edition.lang())
                : SearchIndex.preview(edition.lang(), plan.index(), plan.keepsRest());
        String prefix = edition.prefix();
        Consumer<OutputFile> out = prefix.isEmpty() ? sink : f -> sink.accept(f.at(prefix + f.path()));
        Predicate<String> renders = path -> plan.rendersPath(prefix + path);
        // A preview that keeps the rest makes jobs for the planned pages only: making one for each of 10,000 pages
        // to find the few planned cost more than rendering them.
        List<Job> todo = plan.keepsRest() ? planned(model, pm, explore, publish, plan.renders().orElseThrow(), prefix)
                : jobs(model, pm, explore, publish);
        org.locallimits.parallel.Parallel.forEach(todo.size(), i -> {
            Job job = todo.get(i);
            String path = prefix + job.path();
            boolean indexed = searchable(job, edition) && searchKind(job.template()).isPresent();
            if (plan == Plan.FULL && !indexed) {
                // Written as it is rendered: at 100,000 measures a page that lists them all is a hundred megabytes.
                out.accept(OutputFile.streamed(job.path(), o -> templates.renderTo(job.template(), job.data().get(),
                        job.file(), pageProblems, o)));
                return;
            }
            // A page the plan keeps is passed on as the bytes it already has, without decoding it again.
            Optional<byte[]> kept = renders.test(job.path()) ? Optional.empty() : plan.previous().apply(path);
            Optional<byte[]> html = kept.isPresent() ? kept
                    : templates.renderBytes(job.template(), job.data().get(), job.file(), pageProblems);
            html.ifPresent(bytes -> {
                out.accept(new OutputFile(job.path(), bytes));
                if (indexed) {
                    index.add(job.path().substring(0, job.path().length() - "index.html".length()),
                            searchKind(job.template()).orElseThrow(), bytes);
                }
            });
        });
        TemplateProblems.merge(pageProblems.sorted()).forEach(problems::add);
        // The files made from the whole edition (the search index, feeds, open data) are written in parallel too:
        // written one after the other they left a core idle for the last second of a 10,000-page build.
        List<OutputFile> whole = new ArrayList<>();
        whole.add(index.file(ExplorePages.SEARCH_INDEX));
        if (edition.isDefault()) assets.files().forEach(sink);
        // A sitemap the plan does not render again is the last one: passed on, or left to the caller that keeps it.
        Optional<byte[]> sameSitemap = renders.test(SITEMAP) ? Optional.empty()
                : plan.previous().apply(prefix + SITEMAP);
        if (sameSitemap.isEmpty()) {
            List<Job> jobs = plan.keepsRest() ? jobs(model, pm, explore, publish) : todo;
            whole.add(sitemap(jobs, lastChanged, views, problems));
        } else if (!plan.keepsRest()) {
            whole.add(new OutputFile(SITEMAP, sameSitemap.get()));
        }
        if (edition.isDefault()) {
            StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n\n");
            for (String lang : edition.languages()) {
                robots.append("Sitemap: ").append(model.site().baseUrl())
                        .append(Edition.prefixOf(lang, edition.languages())).append("sitemap.xml\n");
            }
            sink.accept(new OutputFile("robots.txt", robots.toString().getBytes(StandardCharsets.UTF_8)));
        }
        // One mistake in the feed template is reported once, naming the places, not once per place.
        Problems feedProblems = new Problems();
        publishFiles(model, publish, whole::add, feedProblems, plan.keepsRest() ? renders.negate() : path -> false,
                path -> renders.test(path) ? Optional.empty() : plan.previous().apply(prefix + path));
        org.locallimits.parallel.Parallel.forEach(whole.size(), i -> out.accept(whole.get(i)));
        TemplateProblems.merge(feedProblems.sorted()).forEach(problems::add);
        return plan == Plan.FULL ? Optional.empty() : Optional.of(index.memo());
    }

    /** The sitemap of every page of the edition, written as it is rendered. */
    private OutputFile sitemap(List<Job> jobs, Map<String, java.time.LocalDate> lastChanged, Views views,
                               Problems problems) {
        List<String> pages = jobs.stream().map(Job::path).filter(p -> p.endsWith("index.html"))
                .map(p -> p.substring(0, p.length() - "index.html".length())).sorted().toList();
        Map<String, Object> sitemap = Map.of("urls", pages.stream().map(views::canonical).toList(),
                "entries", sitemapEntries(lastChanged, views, pages));
        return OutputFile.streamed(SITEMAP, o -> templates.renderTo("sitemap.ftlx", sitemap, "", problems, o));
    }

    /**
     * Whether a page goes into its edition's search index: in another language, pages shown in English for want
     * of a translation are left out, so a search in Spanish finds Spanish pages.
     */
    private static boolean searchable(Job job, Edition edition) {
        return edition.isDefault() || job.file().isEmpty() || job.file().endsWith("." + edition.lang() + ".md");
    }

    // --- Publishing: dates from git, the change log and its feeds, open data (see PublishPages, OpenData). ---

    /** A sitemap URL and, for pages made from a content file, the date that file last changed (else empty). */
    public record SitemapEntry(String loc, String lastmod) {
    }

    private static List<SitemapEntry> sitemapEntries(Map<String, java.time.LocalDate> dates, Views views,
                                                     List<String> pages) {
        return pages.stream().map(p -> new SitemapEntry(views.canonical(p),
                dates.containsKey(p) ? dates.get(p).toString() : "")).toList();
    }

    /** For each page made from a content file, when that file last changed, by page path. */
    private Map<String, java.time.LocalDate> lastChanged(SiteModel model) {
        Map<String, java.time.LocalDate> out = new java.util.HashMap<>();
        if (changes.byFile().isEmpty()) return out;
        Consumer2 add = (path, file) -> changes.of(file).ifPresent(d -> out.put(path, d));
        model.content().measures().forEach(m -> add.accept(Paths.measure(m.slug()), m.file()));
        model.content().jurisdictions().forEach(j -> add.accept(Paths.jurisdiction(j.slug()), j.file()));
        model.content().limits().forEach(l -> add.accept(Paths.limit(l.slug()), l.file()));
        model.content().pages().forEach(p -> add.accept(Paths.page(p.slug()), p.file()));
        return out;
    }

    private interface Consumer2 {
        void accept(String path, String file);
    }

    /** The pages of the updates log and the open data, rendered like any other page. */
    private static void publishJobs(PublishPages publish, Consumer<Job> jobs) {
        jobs.accept(new Job(PublishPages.UPDATES + "index.html", "updates.ftlh", "", publish::updates));
        jobs.accept(new Job(org.locallimits.opendata.OpenData.FOLDER + "index.html", "data.ftlh", "", publish::data));
    }

    /**
     * The Atom feeds (site-wide and per jurisdiction) and the open-data files. A file the plan does not render
     * again is taken from {@code reuse} (the last good build's bytes), so a preview edit confined to one page's
     * body does not regenerate them; a file the caller {@code keeps} is left out.
     */
    private void publishFiles(SiteModel model, PublishPages publish, Consumer<OutputFile> sink, Problems feedProblems,
                              Predicate<String> keeps, Function<String, Optional<byte[]>> reuse) {
        feeds(model).forEach((path, place) -> {
            if (keeps.test(path)) return;
            Optional<byte[]> same = reuse.apply(path);
            if (same.isPresent()) {
                sink.accept(new OutputFile(path, same.get()));
                return;
            }
            sink.accept(OutputFile.streamed(path, o -> templates.renderTo("feed.ftlx", publish.feedData(place),
                    place.map(Jurisdiction::file).orElse(""), feedProblems, o)));
        });
        if (org.locallimits.opendata.OpenData.paths().stream().allMatch(keeps)) return;
        Map<String, byte[]> data = new TreeMap<>();
        for (String path : org.locallimits.opendata.OpenData.paths()) reuse.apply(path).ifPresent(b -> data.put(path, b));
        if (data.size() < org.locallimits.opendata.OpenData.paths().size()) {
            org.locallimits.opendata.OpenData.writings(model).forEach((path, writing) -> sink.accept(
                    OutputFile.streamed(path, writing)));
        } else {
            data.forEach((path, bytes) -> sink.accept(new OutputFile(path, bytes)));
        }
    }

    /** Every Atom feed by path: the site-wide one (no place) and one per jurisdiction. */
    private static Map<String, Optional<Jurisdiction>> feeds(SiteModel model) {
        Map<String, Optional<Jurisdiction>> feeds = new TreeMap<>();
        feeds.put(PublishPages.SITE_FEED, Optional.empty());
        model.content().jurisdictions().forEach(j -> feeds.put(PublishPages.feed(j), Optional.of(j)));
        return feeds;
    }

    /**
     * The pages search finds, by their template: content pages only, since listings, the home page and the
     * explore pages repeat the titles of the pages they link to and would crowd them out of the results.
     */
    private static Optional<String> searchKind(String template) {
        return switch (template) {
            case "measure.ftlh", "jurisdiction.ftlh", "limit.ftlh", "page.ftlh" ->
                    Optional.of(template.substring(0, template.indexOf('.')));
            default -> Optional.empty();
        };
    }

    /** The jobs of every page of an edition. */
    private static List<Job> jobs(SiteModel model, PageModels pm, ExplorePages explore, PublishPages publish) {
        List<Job> jobs = new ArrayList<>();
        model.content().measures().forEach(m -> jobs.add(measureJob(model, pm, m)));
        model.content().jurisdictions().forEach(j -> jobs.add(jurisdictionJob(model, pm, j)));
        model.content().limits().forEach(l -> jobs.add(limitJob(model, pm, l)));
        model.content().pages().forEach(p -> jobs.add(pageJob(model, pm, p)));
        fixedJobs(model, pm, explore, publish, jobs::add);
        // Left unsorted: pages are rendered in parallel into a sink, and the sitemap sorts its own list.
        return jobs;
    }

    /**
     * The jobs of the pages of an edition (its folder {@code prefix}) among {@code paths}: the pages of content
     * files found by their paths, since making the path of each of 10,000 pages to find the few planned cost more
     * than rendering them. Exactly the jobs of {@link #jobs} whose paths are planned.
     */
    private static List<Job> planned(SiteModel model, PageModels pm, ExplorePages explore, PublishPages publish,
                                     Set<String> paths, String prefix) {
        List<Job> jobs = new ArrayList<>();
        for (String full : paths) {
            if (!full.startsWith(prefix) || !full.endsWith("/index.html")) continue;
            String path = full.substring(prefix.length());
            String folder = path.substring(0, path.length() - "/index.html".length());
            int slash = folder.indexOf('/');
            String kind = slash < 0 ? "" : folder.substring(0, slash);
            String slug = folder.substring(slash + 1);
            Job job = switch (kind) {
                case "measures" -> map(model.measures().get(slug), m -> measureJob(model, pm, m));
                case "jurisdictions" -> map(model.jurisdictions().get(slug), j -> jurisdictionJob(model, pm, j));
                case "limits" -> map(model.limits().get(slug), l -> limitJob(model, pm, l));
                case "" -> map(model.pages().get(slug), p -> pageJob(model, pm, p));
                default -> null;
            };
            if (job != null && job.path().equals(path)) jobs.add(job);
        }
        fixedJobs(model, pm, explore, publish, job -> {
            if (paths.contains(prefix + job.path())) jobs.add(job);
        });
        return jobs;
    }

    private static Job measureJob(SiteModel model, PageModels pm, Measure m) {
        return new Job(Paths.measure(m.slug()) + "index.html", "measure.ftlh", m.file(), () -> pm.measure(m),
                () -> Dependencies.measure(model, m));
    }

    private static Job jurisdictionJob(SiteModel model, PageModels pm, Jurisdiction j) {
        return new Job(Paths.jurisdiction(j.slug()) + "index.html", "jurisdiction.ftlh", j.file(),
                () -> pm.jurisdiction(j), () -> Dependencies.jurisdiction(model, j));
    }

    private static Job limitJob(SiteModel model, PageModels pm, Limit l) {
        return new Job(Paths.limit(l.slug()) + "index.html", "limit.ftlh", l.file(), () -> pm.limit(l),
                () -> Dependencies.limit(model, l));
    }

    private static Job pageJob(SiteModel model, PageModels pm, Page p) {
        return new Job(Paths.page(p.slug()) + "index.html", "page.ftlh", p.file(), () -> pm.page(p),
                () -> Dependencies.page(model, p));
    }

    /** The jobs of the pages that are not made from one content file each. */
    private static void fixedJobs(SiteModel model, PageModels pm, ExplorePages explore, PublishPages publish,
                                  Consumer<Job> add) {
        add.accept(new Job("index.html", "home.ftlh", "", pm::home));
        add.accept(new Job("404.html", "404.ftlh", "", pm::notFound));
        add.accept(new Job("measures/index.html", "list.ftlh", "", () -> pm.allMeasures(model.sortedMeasures())));
        for (Term t : model.vocabulary().list("types")) {
            add.accept(new Job(Paths.type(t.id()) + "index.html", "list.ftlh", "", () -> pm.list(t.label(),
                    t.description(), Paths.type(t.id()),
                    model.sortedMeasures().stream().filter(m -> m.type().equals(t.id())).toList())));
        }
        for (Term t : model.vocabulary().list("statuses")) {
            add.accept(new Job(Paths.status(t.id()) + "index.html", "list.ftlh", "", () -> pm.statusList(t,
                    model.sortedMeasures().stream().filter(m -> m.status().equals(t.id())).toList())));
        }
        add.accept(new Job("limits/index.html", "limits.ftlh", "", pm::limits));
        add.accept(new Job("jurisdictions/index.html", "jurisdictions.ftlh", "", pm::jurisdictions));
        // Who cites a source is front matter and citations, and a change to a body's citations counts as a change
        // to its front matter (see PreviewBuilder.changes).
        add.accept(new Job("sources/index.html", "sources.ftlh", "", pm::sources));
        add.accept(new Job("compare/index.html", "compare.ftlh", "", explore::compare));
        add.accept(new Job("timeline/index.html", "timeline.ftlh", "", explore::timeline));
        add.accept(new Job("search/index.html", "search.ftlh", "", explore::search));
        publishJobs(publish, add);
    }

    private static <T> Job map(T record, Function<T, Job> job) {
        return record == null ? null : job.apply(record);
    }

    /** For each source id, the pages that cite it, in a fixed order. */
    private static Map<String, List<V.Link>> citedOn(SiteModel model) {
        Map<String, List<V.Link>> out = new TreeMap<>();
        // Each page has its own href, so a page is listed once per source by taking each id once per page.
        Consumer3 add = (ids, href, title) -> new java.util.LinkedHashSet<>(ids).forEach(id ->
                out.computeIfAbsent(id, k -> new ArrayList<>()).add(new V.Link(href, title)));
        for (Measure m : model.content().measures()) {
            List<String> ids = new ArrayList<>(ids(model, m.file(), m.sources()));
            m.events().forEach(e -> e.sources().forEach(r -> ids.add(r.id())));
            add.accept(ids, Paths.measure(m.slug()), m.title());
        }
        for (Limit l : model.content().limits()) {
            List<String> ids = new ArrayList<>(ids(model, l.file(), l.sources()));
            l.authorities().forEach(a -> a.source().ifPresent(r -> ids.add(r.id())));
            add.accept(ids, Paths.limit(l.slug()), l.title());
        }
        for (Jurisdiction j : model.content().jurisdictions()) {
            add.accept(ids(model, j.file(), j.sources()), Paths.jurisdiction(j.slug()), j.name());
        }
        for (Page p : model.content().pages()) {
            add.accept(ids(model, p.file(), p.sources()), Paths.page(p.slug()), p.title());
        }
        out.values().forEach(l -> l.sort(Comparator.comparing(V.Link::text).thenComparing(V.Link::href)));
        return out;
    }

    private static List<String> ids(SiteModel model, String file, List<Ref> refs) {
        List<String> ids = new ArrayList<>(model.body(file).cited());
        refs.forEach(r -> ids.add(r.id()));
        return ids;
    }

    private interface Consumer3 {
        void accept(List<String> ids, String href, String title);
    }
}
