package org.locallimits.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import org.locallimits.content.ChangedFiles;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Limit;
import org.locallimits.content.Measure;
import org.locallimits.content.Page;
import org.locallimits.content.Source;
import org.locallimits.diag.Problem;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.model.SiteModel;
import org.locallimits.render.Assets;
import org.locallimits.render.Dependencies;
import org.locallimits.render.OutputFile;
import org.locallimits.render.SiteRenderer;
import org.locallimits.render.Templates;
import org.locallimits.render.Messages;

/**
 * The preview server's builder. Keeps the last good site in memory and, on each rebuild, renders again only the
 * pages whose inputs changed ({@link Dependencies}); everything else is reused. The result is byte-for-byte what a
 * full build of the same inputs gives. After a failed rebuild the last good site stays available. Thread-safe:
 * rebuilds are serialised, and the site may be read while a rebuild runs.
 */
public final class PreviewBuilder {
    /** Templates whose change re-renders only the pages made with them; any other template change is global. */
    private static final Set<String> PAGE_TEMPLATES = Set.of("measure.ftlh", "jurisdiction.ftlh", "limit.ftlh",
            "page.ftlh");

    private final SiteBuilder builder;
    private final BuildOptions options;
    private final Templates templates;
    private final Path templatesDir;
    private volatile PreviewSite site = PreviewSite.EMPTY;
    private State last;

    /** What the last good build was made from. */
    private record State(Map<String, Editions.Of> editions, Map<String, String> templateHashes,
                         Map<String, Set<String>> deps, Map<String, List<String>> byToken,
                         Map<String, org.locallimits.render.SearchIndex.Memo> indexes,
                         org.locallimits.history.ChangeDates dates) {
    }

    /** The outcome of one rebuild: its problems, how many pages were rendered of how many, and its duration. */
    /**
     * @param changedFiles output paths whose bytes differ from the last good build (added, changed or removed), so
     *                     the preview refreshes only the pages an edit touched
     */
    public record Outcome(List<Problem> problems, Set<String> renderedPages, Set<String> changedFiles, int pages,
                          long millis, Map<String, Long> stages) {
        public int rendered() {
            return renderedPages.size();
        }

        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    public PreviewBuilder(Path root, BuildOptions options) throws IOException {
        this.builder = new SiteBuilder(root, true);
        this.options = options;
        this.templates = new Templates(options.templates(), builder.display(options.templates()));
        this.templatesDir = options.templates().toAbsolutePath().normalize();
    }

    /** The current site: output path → bytes. */
    public Map<String, byte[]> site() {
        return site;
    }

    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(site.get(path));
    }

    /** Rebuilds after changes nobody watched: the content folder is listed again. */
    public Outcome rebuild() {
        return rebuild(ChangedFiles.UNKNOWN);
    }

    /** @param watched the files the watcher saw change since the last rebuild */
    public synchronized Outcome rebuild(ChangedFiles watched) {
        long t0 = System.nanoTime();
        Problems problems = new Problems();
        Map<String, Long> stages = new LinkedHashMap<>();
        // Forgotten now rather than when templates are next read: this rebuild may stop before reading them.
        if (!watched.known() || watched.paths().stream().anyMatch(p -> p.startsWith(templatesDir))) {
            lastPrepared = null;
        }
        // Read from git while the content loads: it takes a process of its own.
        java.util.concurrent.CompletableFuture<org.locallimits.history.ChangeDates> history =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> builder.history(options));
        Optional<SiteModel> validated = builder.model(options, problems, stages, watched);
        if (validated.isEmpty()) return new Outcome(problems.sorted(), Set.of(), Set.of(), 0, SiteBuilder.since(t0), stages);
        SiteModel model = validated.get();
        if (!Files.isDirectory(options.templates())) {
            problems.error(SourcePos.file(builder.display(options.templates())), "the templates folder does not exist",
                    "run the command from the project root, or pass --templates DIR");
            return new Outcome(problems.sorted(), Set.of(), Set.of(), 0, SiteBuilder.since(t0), stages);
        }
        long tPrepare = System.nanoTime();
        Prepared prepared = lastPrepared != null && lastPrepared.languages().equals(model.site().languages())
                ? lastPrepared : prepare(model.site().languages(), problems);
        Map<String, String> hashes = prepared.hashes();
        Assets assets = prepared.assets();
        Messages messages = prepared.messages();
        var dates = history.join();
        SiteRenderer renderer = new SiteRenderer(templates, builder.markdown(), dates);
        Map<String, Editions.Of> editions = new LinkedHashMap<>();
        for (Editions.Of e : Editions.of(model, options.content(), builder.display(options.content()), messages, dates,
                builder.models(), builder.yamlMemo(), builder.pageMemo(), problems)) {
            editions.put(e.edition().lang(), e);
        }
        if (problems.hasErrors()) return new Outcome(problems.sorted(), Set.of(), Set.of(), 0, SiteBuilder.since(t0), stages);
        stages.put("prepare", SiteBuilder.since(tPrepare));
        long tPlan = System.nanoTime();
        Map<String, Set<String>> changes = new LinkedHashMap<>();
        // A commit made while the preview runs moves "last changed" dates on pages, in the sitemap and in
        // translation notices: rare enough to render everything again (the history memo gives the very same
        // dates while the checkout's commit stays put, so this costs nothing otherwise).
        boolean datesMoved = last != null && !last.dates().equals(dates);
        for (Editions.Of e : editions.values()) {
            Editions.Of before = last == null ? null : last.editions().get(e.edition().lang());
            changes.put(e.edition().lang(), before == null || datesMoved ? Set.of(Dependencies.EVERYTHING)
                    : changes(before.model(), last.templateHashes(), e.model(), hashes));
        }
        // An edit inside bodies (same citations) leaves every page's dependencies as they were.
        boolean keptDeps = last != null && changes.values().stream().allMatch(Dependencies::onlyBodies);
        Map<String, Set<String>> deps = keptDeps ? last.deps() : new TreeMap<>();
        if (!keptDeps) {
            editions.values().forEach(e -> deps.putAll(renderer.dependencies(e.model(), assets, e.edition())));
        }
        if (last != null && !last.templateHashes().equals(hashes)) templates.clearCache();
        Map<String, List<String>> byToken = keptDeps ? last.byToken() : Dependencies.byToken(deps);
        Set<String> rerender = new HashSet<>();
        List<String> otherPrefixes = editions.values().stream().map(e -> e.edition().prefix())
                .filter(p -> !p.isEmpty()).toList();
        for (Editions.Of e : editions.values()) {
            String prefix = e.edition().prefix();
            java.util.function.Consumer<String> render = path -> {
                if (inEdition(path, prefix, otherPrefixes)) rerender.add(path);
            };
            Set<String> changed = changes.get(e.edition().lang());
            Editions.Of before = last == null ? null : last.editions().get(e.edition().lang());
            if (before == null || changed.contains(Dependencies.EVERYTHING)) {
                deps.keySet().forEach(render);
                continue;
            }
            Dependencies.affected(byToken, changed, render);
            if (!keptDeps) {
                // Pages made from what changed before this edit too (a link the page no longer has), and new pages.
                Dependencies.affected(last.byToken(), changed, path -> {
                    if (deps.containsKey(path)) render.accept(path);
                });
                deps.keySet().stream().filter(path -> !last.deps().containsKey(path)).forEach(render);
            }
            if (!before.edition().inFirstLanguage().equals(e.edition().inFirstLanguage())) {
                // Which lists are marked as English shows on other pages too (timeline, updates, feeds); rare.
                deps.keySet().forEach(render);
                continue;
            }
            if (!before.edition().notices().equals(e.edition().notices())) {
                deps.keySet().forEach(path -> {
                    if (!java.util.Objects.equals(before.edition().notices().get(pagePath(path, prefix)),
                            e.edition().notices().get(pagePath(path, prefix)))) {
                        render.accept(path);
                    }
                });
            }
        }
        stages.put("plan", SiteBuilder.since(tPlan));
        long t1 = System.nanoTime();
        PreviewSite previous = site;
        // When the edit leaves every page's dependencies as they were, the site has the same files: only those
        // rendered again are made, and the rest are the last site's (at 10,000 pages, looking at every page to
        // pass it on was half a rebuild).
        boolean keepsRest = keptDeps && editions.keySet().equals(last.editions().keySet());
        ConcurrentMap<String, OutputFile> next = new ConcurrentHashMap<>();
        // Made now, so that template mistakes in streamed files are reported by this rebuild; deferred files have
        // no template.
        java.util.function.Consumer<OutputFile> keep = f -> next.put(f.path(), f.isDeferred() || !f.isStreamed() ? f
                : new OutputFile(f.path(), f.bytes()));
        Map<String, org.locallimits.render.SearchIndex.Memo> indexes = new LinkedHashMap<>();
        for (Editions.Of e : editions.values()) {
            String lang = e.edition().lang();
            renderer.render(e.model(), assets, keep, problems,
                    new SiteRenderer.Plan(Optional.of(rerender), path -> Optional.ofNullable(previous.get(path)),
                            keepsRest, Optional.ofNullable(last == null ? null : last.indexes().get(lang))),
                    e.edition()).ifPresent(index -> indexes.put(lang, index));
        }
        SiteBuilder.schemas(model, keep);
        stages.put("render", SiteBuilder.since(t1));
        if (problems.hasErrors()) return new Outcome(problems.sorted(), Set.of(), Set.of(), deps.size(), SiteBuilder.since(t0), stages);
        long tSwap = System.nanoTime();
        site = keepsRest ? previous.with(next) : PreviewSite.of(next);
        last = new State(editions, hashes, deps, byToken, indexes, dates);
        Set<String> changedFiles = keepsRest ? previous.changedBy(next) : PreviewSite.changed(previous, site);
        stages.put("swap", SiteBuilder.since(tSwap));
        return new Outcome(problems.sorted(), Set.copyOf(rerender), changedFiles, deps.size(),
                SiteBuilder.since(t0), stages);
    }

    /** Whether an output path belongs to the edition published under {@code prefix}. */
    private static boolean inEdition(String path, String prefix, List<String> otherPrefixes) {
        if (!prefix.isEmpty()) return path.startsWith(prefix);
        for (String other : otherPrefixes) {
            if (path.startsWith(other)) return false;
        }
        return true;
    }

    /** The page path ({@code measures/x/}) of an output file of an edition. */
    private static String pagePath(String path, String prefix) {
        String p = path.substring(prefix.length());
        return p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p;
    }

    /** The tokens an edit changed, or {@link Dependencies#EVERYTHING} when it reshapes the site. */
    private static Set<String> changes(SiteModel then, Map<String, String> lastHashes, SiteModel now,
                                       Map<String, String> hashes) {
        Set<String> changed = new HashSet<>();
        var before = then.content();
        var after = now.content();
        if (!before.site().equals(after.site()) || !before.vocabulary().equals(after.vocabulary())) {
            return Set.of(Dependencies.EVERYTHING);
        }
        // Each kind's records are in file order, and unchanged files give the very same records: compared side by
        // side, a rebuild after one edit hashes nothing (at 10,000 pages, two maps of every file cost 5 ms).
        if (!sameFiles(before.jurisdictions(), after.jurisdictions(), Jurisdiction::file, then, now, changed)
                || !sameFiles(before.measures(), after.measures(), Measure::file, then, now, changed)
                || !sameFiles(before.limits(), after.limits(), Limit::file, then, now, changed)
                || !sameFiles(before.pages(), after.pages(), Page::file, then, now, changed)) {
            return Set.of(Dependencies.EVERYTHING);
        }
        if (!sameSources(before.sources(), after.sources())) {
            Map<String, Object> oldSources = sources(before);
            Map<String, Object> newSources = sources(after);
            Set<String> ids = new HashSet<>(oldSources.keySet());
            ids.addAll(newSources.keySet());
            for (String id : ids) {
                if (!java.util.Objects.equals(oldSources.get(id), newSources.get(id))) {
                    changed.add(Dependencies.source(id));
                }
            }
        }
        Set<String> names = new HashSet<>(lastHashes.keySet());
        names.addAll(hashes.keySet());
        for (String name : names) {
            if (java.util.Objects.equals(lastHashes.get(name), hashes.get(name))) continue;
            if (!PAGE_TEMPLATES.contains(name)) return Set.of(Dependencies.EVERYTHING);
            changed.add(Dependencies.template(name));
        }
        return changed;
    }

    private static List<String> cited(SiteModel model, String file) {
        return model.body(file).cited();
    }

    /** A content record's values without its Markdown body: what other pages may show of it. */
    private static List<Object> frontMatter(Object record) {
        List<Object> values = new java.util.ArrayList<>();
        for (var component : record.getClass().getRecordComponents()) {
            if (component.getName().equals("body")) continue;
            try {
                values.add(component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    /**
     * Adds the tokens of the files whose records differ; false when the files themselves differ (added, removed or
     * renamed), which reshapes the site.
     */
    private static <T> boolean sameFiles(List<T> before, List<T> after, java.util.function.Function<T, String> file,
                                         SiteModel then, SiteModel now, Set<String> changed) {
        if (before.size() != after.size()) return false;
        for (int i = 0; i < after.size(); i++) {
            T old = before.get(i);
            T record = after.get(i);
            if (old == record) continue;
            String name = file.apply(record);
            if (!name.equals(file.apply(old))) return false;
            if (record.equals(old)) continue;
            changed.add(name);
            // The sources a body cites show beyond its page too (open data, the sources page).
            if (!frontMatter(record).equals(frontMatter(old)) || !cited(then, name).equals(cited(now, name))) {
                changed.add(Dependencies.front(name));
            }
        }
        return true;
    }

    /** Whether two lists of sources say the same, position in sources.yaml aside. */
    private static boolean sameSources(List<Source> before, List<Source> after) {
        if (before == after) return true;
        if (before.size() != after.size()) return false;
        for (int i = 0; i < after.size(); i++) {
            if (!sourceText(before.get(i)).equals(sourceText(after.get(i)))) return false;
        }
        return true;
    }

    private static List<Object> sourceText(Source s) {
        return java.util.Arrays.asList(s.id(), s.title(), s.publisher(), s.author(), s.date(), s.url(),
                s.archivedUrl(), s.accessed(), s.kind(), s.note());
    }

    /** Sources by id, compared without their position, so that inserting a line above them changes nothing. */
    private static Map<String, Object> sources(org.locallimits.content.Content c) {
        Map<String, Object> m = new TreeMap<>();
        c.sources().forEach(s -> m.put(s.id(), sourceText(s)));
        return m;
    }

    /** What a rebuild takes from templates/ besides the templates themselves: reused while nothing there changed. */
    private record Prepared(List<String> languages, Map<String, String> hashes, Assets assets, Messages messages) {
    }

    private Prepared lastPrepared;

    private Prepared prepare(List<String> languages, Problems problems) {
        String templatesName = builder.display(options.templates()) + "/";
        Problems local = new Problems();
        Prepared made = new Prepared(languages, templateHashes(), Assets.load(options.templates(), templatesName, local),
                Messages.load(options.templates(), templatesName, languages, local));
        local.sorted().forEach(problems::add);
        lastPrepared = local.sorted().isEmpty() ? made : null;
        return made;
    }

    /** Every file under templates/ (assets included) by relative path → content hash. */
    private Map<String, String> templateHashes() {
        Map<String, String> out = new TreeMap<>();
        Path dir = options.templates();
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'),
                        java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
