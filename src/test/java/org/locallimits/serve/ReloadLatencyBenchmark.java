package org.locallimits.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.locallimits.testing.TestSite;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark (not a test): edit-to-reload latency of {@code serve} on the real content (a copy of it), or on a
 * content folder given as the third argument (such as a generated corpus), in headless Chromium.
 * Saves a measure, waits until the open page shows the new text, and reports the median and worst of the runs
 * that follow a number of warm-up edits (a preview server runs for a whole editing session, so its code is compiled
 * by the time an editor is waiting on it).
 * Run with {@code .ci/bench-reload} (see README).
 *
 * <pre>java -cp … org.locallimits.serve.ReloadLatencyBenchmark [runs] [warmUp] [CONTENT]</pre>
 */
public final class ReloadLatencyBenchmark {
    private ReloadLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path root;
        Path content;
        Path templates;
        if (args.length > 2) {
            root = Path.of(".");
            content = Path.of(args[2]);
            templates = Path.of("templates");
        } else {
            TestSite site = TestSite.empty().withRealContentAndTemplates();
            root = site.root();
            content = site.content();
            templates = site.templates();
        }
        Path measure = content.resolve("measures/portland-sanctuary-ordinance.md");
        if (args.length > 2) {
            try (java.util.stream.Stream<Path> files = Files.list(content.resolve("measures"))) {
                measure = files.filter(p -> p.toString().endsWith(".md") && !p.toString().matches(".*\\.[a-z]{2}\\.md"))
                        .sorted().findFirst().orElseThrow(() -> new IllegalArgumentException("no measure in " + content));
            }
        }
        String slug = measure.getFileName().toString().replaceFirst("\\.md$", "");
        String original = Files.readString(measure);
        if (!original.contains("## What it does\n")) throw new IllegalArgumentException(measure + " has no body");
        Path profile = Files.createTempDirectory("bench-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        // The page counts as shown once its HTML is parsed (DOMContentLoaded), not after every script has run.
        options.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.EAGER);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        List<Double> millis = new ArrayList<>();
        try (Preview preview = Preview.start(root, content, templates, "127.0.0.1", 0, false,
                new PrintWriter(new StringWriter(), true))) {
            driver.get("http://127.0.0.1:" + preview.port() + "/measures/" + slug + "/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(2));
            for (int i = 0; i < warmUp + runs; i++) {
                String marker = "Benchmark edit " + i + ".";
                wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && !!window.EventSource")));
                Thread.sleep(300);
                long t0 = System.nanoTime();
                Files.writeString(measure, original.replace("## What it does\n", "## What it does\n\n" + marker + "\n"));
                wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return document.body && document.body.textContent.indexOf(arguments[0]) >= 0", marker)));
                double ms = (System.nanoTime() - t0) / 1e6;
                if (System.getenv("BENCH_DEBUG") != null) {
                    long wall = System.currentTimeMillis() - (long) ms;
                    Object t = ((JavascriptExecutor) driver).executeScript("var t = performance.timing; return "
                            + "[t.navigationStart, t.responseEnd, t.domContentLoadedEventEnd, t.loadEventEnd].join(',')");
                    String[] p = String.valueOf(t).split(",");
                    System.out.println("nav +" + (Long.parseLong(p[0]) - wall) + " resp +" + (Long.parseLong(p[1]) - wall)
                            + " dcl +" + (Long.parseLong(p[2]) - wall) + " load +" + (Long.parseLong(p[3]) - wall)
                            + " seen +" + (long) ms);
                }
                if (i >= warmUp) millis.add(ms); // the first edits warm the JIT, as a long editing session does
            }
        } finally {
            driver.quit();
            Files.writeString(measure, original);
        }
        Collections.sort(millis);
        System.out.printf("edit-to-reload on %s, %d runs: median %.0f ms, worst %.0f ms%n",
                args.length > 2 ? content : "the real content", millis.size(),
                millis.get(millis.size() / 2), millis.get(millis.size() - 1));
    }
}
