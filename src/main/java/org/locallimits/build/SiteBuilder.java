package org.locallimits.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.locallimits.check.Freshness;
import org.locallimits.check.LinkChecker;
import org.locallimits.check.OnlineChecker;
import org.locallimits.content.Content;
import org.locallimits.content.ContentLoader;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.history.ChangeDates;
import org.locallimits.history.GitHistory;
import org.locallimits.markdown.MarkdownRenderer;
import org.locallimits.model.ModelBuilder;
import org.locallimits.model.SiteModel;
import org.locallimits.output.OutputFolder;
import org.locallimits.render.Assets;
import org.locallimits.render.SiteRenderer;
import org.locallimits.render.Templates;
import org.locallimits.render.Messages;

/**
 * Runs the stages in order — load, model (validate), render, write — and stops after the first stage that
 * reported an error. Without an output folder it renders everything and discards it ({@code check}). Holds the
 * configured Markdown renderer; one instance may run many builds, one at a time.
 */
public final class SiteBuilder {
    private final MarkdownRenderer markdown;
    private final java.util.Optional<org.locallimits.yaml.YamlMemo> yamlMemo;
    private final java.util.Optional<org.locallimits.model.ModelMemo> modelMemo;
    private final java.util.Optional<org.locallimits.content.PageMemo> pageMemo;
    private final java.util.Optional<org.locallimits.history.HistoryMemo> historyMemo;
    private final Path root;

    /** @param root the folder paths in problems are relative to (normally the working directory) */
    public SiteBuilder(Path root) {
        this(root, false);
    }

    /** @param remember keep parsed Markdown between builds (the preview server rebuilds the same files) */
    SiteBuilder(Path root, boolean remember) {
        this.root = root.toAbsolutePath().normalize();
        this.markdown = new MarkdownRenderer(remember);
        this.yamlMemo = remember ? java.util.Optional.of(new org.locallimits.yaml.YamlMemo()) : java.util.Optional.empty();
        this.modelMemo = remember ? java.util.Optional.of(new org.locallimits.model.ModelMemo())
                : java.util.Optional.empty();
        this.pageMemo = remember ? java.util.Optional.of(new org.locallimits.content.PageMemo())
                : java.util.Optional.empty();
        this.historyMemo = remember ? java.util.Optional.of(new org.locallimits.history.HistoryMemo())
                : java.util.Optional.empty();
    }

    public BuildResult build(BuildOptions options) throws IOException {
        return run(options, java.util.Optional.empty());
    }

    /** Everything {@link #build} validates, plus the checks of {@code check}; writes nothing. */
    public BuildResult check(BuildOptions options, CheckOptions checks) throws IOException {
        return run(new BuildOptions(options.content(), options.templates(), java.util.Optional.empty(),
                options.baseUrl(), options.drafts()), java.util.Optional.of(checks));
    }

    private BuildResult run(BuildOptions options, java.util.Optional<CheckOptions> checks) throws IOException {
        // Body HTML beyond the renderer's memory budget waits on the disk the site goes to.
        Path spillFolder = options.out().map(o -> o.toAbsolutePath().normalize().getParent())
                .orElse(Path.of(System.getProperty("java.io.tmpdir")));
        try (MarkdownRenderer.Spilling spill = markdown.spillInto(spillFolder)) {
            return runSpilling(options, checks);
        }
    }

    private BuildResult runSpilling(BuildOptions options, java.util.Optional<CheckOptions> checks)
            throws IOException {
        Problems problems = new Problems();
        // Put back a site that a killed build left moved aside, so that even a failing build leaves it in place.
        if (options.out().isPresent()) new OutputFolder(options.out().get()).recoverInterrupted();
        Map<String, Long> millis = new LinkedHashMap<>();
        java.util.Optional<SiteModel> validated = model(options, problems, millis);
        if (validated.isEmpty()) return new BuildResult(problems.sorted(), 0, millis);
        SiteModel model = validated.get();

        long t2 = System.nanoTime();
        String templatesName = display(options.templates());
        if (!java.nio.file.Files.isDirectory(options.templates())) {
            problems.error(SourcePos.file(templatesName), "the templates folder does not exist",
                    "run the command from the project root, or pass --templates DIR");
            return new BuildResult(problems.sorted(), 0, millis);
        }
        Templates templates = new Templates(options.templates(), templatesName);
        Assets assets = Assets.load(options.templates(), templatesName + "/", problems);
        ChangeDates dates = history(options);
        SiteRenderer renderer = new SiteRenderer(templates, markdown, dates);
        Messages messages = Messages.load(options.templates(), templatesName + "/", model.site().languages(), problems);
        List<Editions.Of> editions = Editions.of(model, options.content(), display(options.content()), messages, dates,
                models(), yamlMemo, pageMemo, problems);
        if (problems.hasErrors()) return new BuildResult(problems.sorted(), 0, millis);
        AtomicInteger files = new AtomicInteger();
        if (options.out().isEmpty()) {
            LinkChecker links = new LinkChecker();
            java.util.function.Consumer<org.locallimits.render.OutputFile> sink = f -> {
                files.incrementAndGet();
                if (checks.isPresent()) links.accept(f);
                // A streamed file is rendered when it is written; rendering it is what finds its template mistakes.
                else if (f.isStreamed()) f.writeTo(java.io.OutputStream.nullOutputStream());
            };
            for (Editions.Of e : editions) {
                renderer.render(e.model(), assets, sink, problems, SiteRenderer.Plan.FULL, e.edition());
            }
            schemas(model, sink);
            millis.put("render", since(t2));
            if (checks.isPresent() && !problems.hasErrors()) {
                long t3 = System.nanoTime();
                links.check(model, problems);
                Freshness.check(model, checks.get().staleDays(), problems);
                if (checks.get().online()) {
                    new OnlineChecker(java.time.Duration.ofSeconds(15), 8).check(model.content().sources(), problems);
                }
                millis.put("check", since(t3));
            }
            return new BuildResult(problems.sorted(), files.get(), millis);
        }
        OutputFolder folder = new OutputFolder(options.out().get());
        var refusal = folder.refusal(root, List.of(options.content(), options.templates()));
        if (refusal.isPresent()) {
            problems.error(SourcePos.file(display(folder.path())), refusal.get(),
                    "pass a different folder with --out");
            return new BuildResult(problems.sorted(), 0, millis);
        }
        try (OutputFolder.Staging staging = folder.stage()) {
            java.util.function.Consumer<org.locallimits.render.OutputFile> sink = f -> {
                staging.write(f);
                files.incrementAndGet();
            };
            for (Editions.Of e : editions) {
                renderer.render(e.model(), assets, sink, problems, SiteRenderer.Plan.FULL, e.edition());
            }
            schemas(model, sink);
            millis.put("render+write", since(t2));
            if (problems.hasErrors()) return new BuildResult(problems.sorted(), 0, millis);
            staging.commit();
        }
        return new BuildResult(problems.sorted(), files.get(), millis);
    }

    /** Load and validate: the model, or nothing when either stage reported an error. */
    java.util.Optional<SiteModel> model(BuildOptions options, Problems problems, Map<String, Long> millis) {
        return model(options, problems, millis, org.locallimits.content.ChangedFiles.UNKNOWN);
    }

    /** @param changed what the preview's watcher saw change since the last build */
    java.util.Optional<SiteModel> model(BuildOptions options, Problems problems, Map<String, Long> millis,
                                        org.locallimits.content.ChangedFiles changed) {
        long t0 = System.nanoTime();
        Content content = new ContentLoader(options.content(), display(options.content()), yamlMemo, pageMemo)
                .load(options.drafts(), problems, changed);
        if (options.baseUrl().isPresent()) {
            String url = options.baseUrl().get();
            content = new Content(content.site().withBaseUrl(url.endsWith("/") ? url : url + "/"),
                    content.vocabulary(), content.sources(), content.jurisdictions(), content.measures(),
                    content.limits(), content.pages());
        }
        millis.put("load", since(t0));
        if (problems.hasErrors()) return java.util.Optional.empty();
        long t1 = System.nanoTime();
        SiteModel model = models().build(content, problems);
        millis.put("validate", since(t1));
        return problems.hasErrors() ? java.util.Optional.empty() : java.util.Optional.of(model);
    }

    /** When each content file last changed, from git; no dates outside a git checkout. */
    ChangeDates history(BuildOptions options) {
        String name = display(options.content());
        return historyMemo.map(m -> m.read(options.content(), name))
                .orElseGet(() -> GitHistory.read(options.content(), name));
    }

    MarkdownRenderer markdown() {
        return markdown;
    }

    /** The model builder of every edition: the preview's remembers its checks and its last models. */
    ModelBuilder models() {
        return new ModelBuilder(markdown, modelMemo);
    }

    java.util.Optional<org.locallimits.yaml.YamlMemo> yamlMemo() {
        return yamlMemo;
    }

    java.util.Optional<org.locallimits.content.PageMemo> pageMemo() {
        return pageMemo;
    }

    /** The JSON Schemas of the content kinds, published under {@code /schemas/} for editors' tools. */
    static void schemas(SiteModel model, java.util.function.Consumer<org.locallimits.render.OutputFile> sink) {
        org.locallimits.schema.JsonSchemas.all(model.vocabulary()).forEach((name, json) -> sink.accept(
                new org.locallimits.render.OutputFile("schemas/" + name,
                        json.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    static long since(long t) {
        return (System.nanoTime() - t) / 1_000_000;
    }
}
