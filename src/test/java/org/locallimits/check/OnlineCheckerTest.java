package org.locallimits.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locallimits.content.Source;
import org.locallimits.diag.Problem;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;

/** {@code check --online} against a local HTTP server: nothing here leaves 127.0.0.1. */
class OnlineCheckerTest {
    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", ex -> {
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.createContext("/gone", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/ok");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        server.createContext("/no-head", ex -> {
            ex.sendResponseHeaders(ex.getRequestMethod().equals("HEAD") ? 405 : 200, -1);
            ex.close();
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static Source source(String id, String url) {
        return new Source(id, "t", "p", Optional.empty(), Optional.empty(), url, Optional.empty(), Optional.empty(),
                "news", Optional.empty(), SourcePos.of("content/sources.yaml", 3, 7));
    }

    @Test
    void reportsDeadLinksAsErrorsAndRedirectsAsWarnings() {
        Problems problems = new Problems();
        new OnlineChecker(Duration.ofSeconds(5), 3).check(List.of(source("ok", base + "/ok"),
                source("gone", base + "/gone"), source("moved", base + "/moved"), source("nohead", base + "/no-head"),
                source("loop", base + "/loop"), source("down", "http://127.0.0.1:1/")), problems);
        List<String> lines = problems.sorted().stream().map(Problem::headline).toList();
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("error: the source `gone` answers HTTP 404")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("warning: the source `moved` redirects: " + base + "/moved → "
                + base + "/ok")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("`loop` redirects too many times")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("`down` could not be reached")), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("content/sources.yaml:3:7:")), lines.toString());
    }
}
