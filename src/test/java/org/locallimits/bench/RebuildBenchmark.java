package org.locallimits.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.locallimits.build.BuildOptions;
import org.locallimits.build.PreviewBuilder;
import org.locallimits.content.ChangedFiles;

/**
 * Benchmark (not a test): the preview server's rebuild after one edit to a measure's body, on any content folder,
 * without the watcher or a browser (see {@code ReloadLatencyBenchmark} for edit-to-reload in Chromium). Builds
 * once, then saves the first measure with a new sentence {@code warmUp + runs} times and rebuilds after each save
 * (told which file changed, as the watcher tells the preview),
 * reporting the median and worst of the last {@code runs} rebuilds, with the stage times of the median one.
 * The measure is restored at the end. Run by {@code .ci/bench}.
 *
 * <pre>java -cp … org.locallimits.bench.RebuildBenchmark CONTENT TEMPLATES [runs] [warmUp]</pre>
 */
public final class RebuildBenchmark {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Path measure;
        try (Stream<Path> files = Files.list(content.resolve("measures"))) {
            measure = files.filter(p -> p.toString().endsWith(".md") && !p.toString().matches(".*\\.[a-z]{2}\\.md"))
                    .sorted().findFirst().orElseThrow(() -> new IllegalArgumentException("no measure in " + content));
        }
        String original = Files.readString(measure);
        if (!original.contains("## What it does\n")) throw new IllegalArgumentException(measure + " has no body");
        PreviewBuilder preview = new PreviewBuilder(Path.of("."), new BuildOptions(content, templates,
                Optional.empty(), Optional.of("http://127.0.0.1:8000/"), false));
        long t0 = System.nanoTime();
        PreviewBuilder.Outcome first = preview.rebuild();
        if (!first.ok()) throw new IllegalStateException("the content does not build: " + first.problems());
        System.out.printf("first build: %d pages in %d ms%n", first.pages(), (System.nanoTime() - t0) / 1_000_000);
        List<long[]> times = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        try {
            for (int i = 0; i < warmUp + runs; i++) {
                Files.writeString(measure, original.replace("## What it does\n",
                        "## What it does\n\nBenchmark edit " + i + ".\n"));
                long t = System.nanoTime();
                PreviewBuilder.Outcome o = preview.rebuild(ChangedFiles.of(List.of(measure)));
                long micros = (System.nanoTime() - t) / 1_000;
                if (!o.ok() || o.rendered() == 0) throw new IllegalStateException("rebuild failed: " + o.problems());
                if (i >= warmUp) {
                    times.add(new long[] {micros, stages.size()});
                    stages.add(o.rendered() + " of " + o.pages() + " outputs rendered, " + o.changedFiles().size()
                            + " changed; stages (ms) " + o.stages());
                }
            }
        } finally {
            Files.writeString(measure, original);
        }
        times.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] median = times.get(times.size() / 2);
        System.out.printf("rebuild after one measure edit, %d runs: median %.1f ms, worst %.1f ms%n", times.size(),
                median[0] / 1000.0, times.get(times.size() - 1)[0] / 1000.0);
        System.out.println("median run: " + stages.get((int) median[1]));
    }
}
