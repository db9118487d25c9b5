package org.locallimits.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.locallimits.build.BuildOptions;
import org.locallimits.build.BuildResult;
import org.locallimits.build.SiteBuilder;

/**
 * The real {@code content/} and {@code templates/} built once per test run into a temporary folder and served on
 * 127.0.0.1. Shared by every browser test class; the folder is removed and the server stopped when the JVM exits.
 * Thread-safe.
 */
final class BuiltSite {
    private static BuiltSite instance;

    private final StaticServer server;
    private final Path dir;

    private BuiltSite(StaticServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    static synchronized BuiltSite get() {
        if (instance == null) instance = build();
        return instance;
    }

    private static BuiltSite build() {
        try {
            Path root = Path.of("").toAbsolutePath();
            Path tmp = Files.createTempDirectory("locallimits-browser-");
            Path out = tmp.resolve("site");
            Files.createDirectories(out);
            StaticServer server = new StaticServer(out);
            // The base URL is the server's own, so canonical links and the 404 page's rooted links stay local.
            BuildResult result = new SiteBuilder(root).build(new BuildOptions(root.resolve("content"),
                    root.resolve("templates"), Optional.of(out), Optional.of(server.baseUrl()), false));
            assertTrue(result.ok(), () -> "the site did not build: " + result.problems());
            BuiltSite site = new BuiltSite(server, tmp);
            Runtime.getRuntime().addShutdownHook(new Thread(site::close));
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of a site-relative path such as {@code measures/x/}. */
    String url(String path) {
        return server.baseUrl() + path;
    }

    /** Every page of both editions, as site-relative paths of their folders ({@code measures/x/}, {@code ""}). */
    java.util.List<String> pages() {
        Path site = dir.resolve("site");
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .map(p -> site.relativize(p.getParent()).toString().replace('\\', '/'))
                    .map(p -> p.isEmpty() ? "" : p + "/").sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return server.baseUrl();
    }

    private void close() {
        server.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort at exit: the folder is under the system's temporary directory.
        }
    }
}
