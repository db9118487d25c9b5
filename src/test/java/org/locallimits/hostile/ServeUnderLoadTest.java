package org.locallimits.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.locallimits.serve.PreviewServer;

/**
 * The preview server on loopback under load and under attack: 200 concurrent page requests while 50 pages hold
 * their reload connections open, every reload connection told to reload, path traversal refused in every
 * encoding, and no thread left running after it closes.
 */
class ServeUnderLoadTest {
    private static final String SECRET = "root:x:0:0";
    private static final Map<String, byte[]> SITE = Map.of(
            "index.html", "<html><body>home</body></html>".getBytes(StandardCharsets.UTF_8),
            "404.html", "<html><body>not here</body></html>".getBytes(StandardCharsets.UTF_8),
            "measures/a/index.html", "<html><body>measure a</body></html>".getBytes(StandardCharsets.UTF_8),
            "assets/style.css", "body{}".getBytes(StandardCharsets.UTF_8));

    @Test
    void serves200ConcurrentRequestsWith50OpenReloadConnectionsAndLeaksNoThread() throws Exception {
        int threadsBefore = serverThreads();
        List<Socket> streams = new ArrayList<>();
        List<BufferedReader> readers = new ArrayList<>();
        try (PreviewServer server = new PreviewServer("127.0.0.1", 0, () -> SITE)) {
            server.start();
            for (int i = 0; i < 50; i++) {
                Socket s = request(server, "/__preview/events");
                streams.add(s);
                readers.add(new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)));
                readUntil(readers.get(i), "event: ok");
            }
            // A page registers for reloads just after its first event is sent; wait for the last one to register.
            assertTrue(waitFor(() -> server.listeners() == 50), () -> server.listeners() + " listeners");

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String path = List.of("/", "/measures/a/", "/assets/style.css", "/missing/").get(i % 4);
                responses.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + path)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < responses.size(); i++) {
                HttpResponse<String> r = responses.get(i).join();
                int expected = i % 4 == 3 ? 404 : 200;
                assertEquals(expected, r.statusCode(), r.uri().toString());
                String body = List.of("home", "measure a", "body{}", "not here").get(i % 4);
                assertTrue(r.body().contains(body), r.uri() + ": " + r.body());
            }

            server.reload();
            for (BufferedReader in : readers) readUntil(in, "event: reload");
            assertEquals(50, server.listeners(), "every page is still listening after the load");
        } finally {
            for (Socket s : streams) s.close();
        }
        assertTrue(waitFor(() -> serverThreads() <= threadsBefore),
                () -> "threads left running: " + serverThreadNames());
    }

    @Test
    void refusesPathTraversalInEveryEncoding() throws Exception {
        List<String> attacks = List.of("/../../../../etc/passwd", "/..%2f..%2f..%2fetc/passwd",
                "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd", "/.%2e/.%2e/etc/passwd",
                "/%252e%252e/%252e%252e/etc/passwd", "/..%5c..%5cetc%5cpasswd", "/..\\..\\etc\\passwd",
                "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/%e0%80%ae%e0%80%ae/etc/passwd", "/..%00/etc/passwd",
                "/measures/a/../../../etc/passwd", "//etc/passwd", "/./././../etc/passwd", "/..;/..;/etc/passwd",
                "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/..%252f..%252fetc/passwd", "/%u002e%u002e/etc/passwd",
                "/assets/..%2F..%2F..%2Fetc/passwd", "/\u2025/etc/passwd", "http://127.0.0.1/../../etc/passwd",
                "/C:/Windows/win.ini", "/~root/.ssh/id_rsa");
        try (PreviewServer server = new PreviewServer("127.0.0.1", 0, () -> SITE)) {
            server.start();
            for (String attack : attacks) {
                try (Socket s = request(server, attack)) {
                    String response = readAll(s);
                    String status = response.isEmpty() ? "" : response.substring(0, response.indexOf('\r'));
                    assertTrue(status.matches("HTTP/1\\.1 (400|404) .*"), attack + " gave " + status);
                    assertFalse(response.contains(SECRET), attack);
                }
            }
            // The server is still well after all of that.
            try (Socket s = request(server, "/measures/a/")) {
                assertTrue(readAll(s).contains("measure a"));
            }
        }
    }

    private static Socket request(PreviewServer server, String rawPath) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        s.setSoTimeout(10_000);
        OutputStream out = s.getOutputStream();
        out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        return s;
    }

    private static void readUntil(BufferedReader in, String line) throws IOException {
        for (String l = in.readLine(); l != null; l = in.readLine()) {
            if (l.equals(line)) return;
        }
        throw new AssertionError("the stream ended before `" + line + "`");
    }

    private static String readAll(Socket s) throws IOException {
        return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static int serverThreads() {
        return serverThreadNames().size();
    }

    private static List<String> serverThreadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("preview-http") || n.startsWith("HTTP-Dispatcher")).toList();
    }

    /** Threads end shortly after the server closes; waits for that, up to ten seconds. */
    private static boolean waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (done.getAsBoolean()) return true;
            Thread.sleep(100);
        }
        return done.getAsBoolean();
    }
}
