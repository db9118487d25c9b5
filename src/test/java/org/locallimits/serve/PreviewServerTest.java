package org.locallimits.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locallimits.testing.TestSite;

/**
 * The preview server end to end on loopback: edits, additions, renames and deletions each send a reload event
 * and serve the rebuilt page; a broken edit sends the problems and keeps the last good page; traversal in any
 * encoding is refused; the server shuts down cleanly.
 */
class PreviewServerTest {
    private final TestSite site = TestSite.mini();
    private final StringWriter terminal = new StringWriter();
    private Preview preview;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private Thread reader;

    @BeforeEach
    void start() throws Exception {
        preview = Preview.start(site.root(), site.content(), site.templates(), "127.0.0.1", 0, false,
                new PrintWriter(terminal, true));
        HttpURLConnection c = open("/__preview/events");
        c.setRequestProperty("Accept", "text/event-stream");
        BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
        reader = new Thread(() -> {
            try {
                String line;
                String event = "";
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("event: ")) event = line.substring(7);
                    else if (line.startsWith("data: ")) events.add(event + " " + line.substring(6));
                }
            } catch (Exception e) {
                // the server closed the stream abruptly: also an end
            }
            events.add("closed");
        });
        reader.setDaemon(true);
        reader.start();
        assertEquals("ok {}", next());
    }

    @AfterEach
    void stop() throws Exception {
        preview.close();
    }

    private HttpURLConnection open(String path) throws Exception {
        HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + preview.port() + path)
                .openConnection();
        c.setInstanceFollowRedirects(false);
        c.setConnectTimeout(5000);
        c.setReadTimeout(5000);
        return c;
    }

    private String next() throws InterruptedException {
        String e = events.poll(10, TimeUnit.SECONDS);
        assertTrue(e != null, "an event arrives");
        return e;
    }

    private String get(String path) throws Exception {
        HttpURLConnection c = open(path);
        try (var in = c.getResponseCode() >= 400 ? c.getErrorStream() : c.getInputStream()) {
            return c.getResponseCode() + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void editsAdditionsRenamesAndDeletionsReloadTheOpenPage() throws Exception {
        site.patch("-- replace content/measures/example-hotline.md --\nTakes reports\n=>\nTakes urgent reports\n");
        String edited = next();
        assertTrue(edited.startsWith("reload {\"paths\":[") && edited.contains("\"/measures/example-hotline/\"")
                && edited.contains("\"/search/index.json\""), "the edited page and the search data changed: " + edited);
        assertFalse(edited.contains("\"/limits/"), "pages that do not show the edited text are left alone: " + edited);
        String page = get("/measures/example-hotline/");
        assertTrue(page.startsWith("200 ") && page.contains("Takes urgent reports"), page);
        assertTrue(page.contains("<script src=\"/__preview/client.js\"></script></body>"), "reload script injected");

        site.patch("-- content/pages/contact.md --\n---\ntitle: Contact\nsummary: Reach us.\n---\nHello.\n");
        assertTrue(next().contains("\"/contact/\""), "an added page is listed");
        assertTrue(get("/contact/").startsWith("200 "));

        Files.move(site.content().resolve("pages/contact.md"), site.content().resolve("pages/reach-us.md"));
        String renamed = next();
        assertTrue(renamed.contains("\"/reach-us/\"") && renamed.contains("\"/contact/\""), renamed);
        assertTrue(get("/reach-us/").startsWith("200 "));
        assertTrue(get("/contact/").startsWith("404 "));

        site.patch("-- content/pages/reach-us.md --\n(delete)\n");
        assertTrue(next().contains("\"/reach-us/\""), "a deleted page is listed");
        assertTrue(get("/reach-us/").startsWith("404 "));
        assertFalse(Files.exists(site.out()), "serve never writes the site folder");
    }

    @Test
    void aMistakeSendsItsPositionAndKeepsTheLastGoodPageUntilFixed() throws Exception {
        site.patch("-- replace content/measures/example-hotline.md --\nstatus: proposed\n=>\nstatus: adpoted\n");
        String problems = next();
        assertTrue(problems.startsWith("problems [{\"severity\":\"error\",\"file\":\"content/measures/example-hotline.md\","
                + "\"line\":8,\"column\":9,\"message\":\"unknown status `adpoted`\""), problems);
        assertTrue(problems.contains("did you mean `adopted`?"), problems);
        assertTrue(get("/measures/example-hotline/").contains("Proposed"), "the last good page is still served");
        assertTrue(terminal.toString().contains("example-hotline.md:8:9: error: unknown status `adpoted`"));
        site.patch("-- replace content/measures/example-hotline.md --\nstatus: adpoted\n=>\nstatus: adopted\n");
        assertTrue(next().contains("\"/measures/example-hotline/\""), "the fixed page reloads");
        assertTrue(get("/measures/example-hotline/").contains("Adopted"));
    }

    @Test
    void servesOnlyFilesOfTheSite() throws Exception {
        assertTrue(get("/").startsWith("200 "));
        assertTrue(get("/no/such/page/").startsWith("404 <!DOCTYPE html>"), "the site's 404 page");
        assertEquals(301, open("/measures").getResponseCode());
        for (String attack : new String[] {"/%2e%2e/pom.xml", "/%2E%2E/%2E%2E/etc/passwd", "/..%2fcontent/site.yaml",
                "/measures/%2e%2e/%2e%2e/content/site.yaml", "/%252e%252e/x", "/a%5c..%5cb", "/%00"}) {
            int code = open(attack).getResponseCode();
            assertTrue(code == 400 || code == 404, attack + " gives " + code);
        }
        try (Socket s = new Socket("127.0.0.1", preview.port())) {
            s.getOutputStream().write("GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(s.getInputStream())).readLine();
            assertTrue(status.contains(" 400 ") || status.contains(" 404 "), status);
        }
        try (Socket s = new Socket("127.0.0.1", preview.port())) {
            s.getOutputStream().write("GET /etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(s.getInputStream())).readLine();
            assertTrue(status.contains(" 404 "), status);
        }
        HttpURLConnection post = open("/");
        post.setRequestMethod("POST");
        assertEquals(405, post.getResponseCode());
        HttpURLConnection css = open("/__preview/overlay.css");
        assertEquals("text/css; charset=utf-8", css.getContentType());
    }

    @Test
    void shutsDownCleanly() throws Exception {
        int port = preview.port();
        preview.close();
        assertEquals("closed", events.poll(5, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("preview-") && t.isAlive())
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("preview-") && t.isAlive()), "no preview thread is left");
        try (java.net.ServerSocket again = new java.net.ServerSocket(port, 0,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            assertEquals(port, again.getLocalPort(), "the port is free again");
        }
    }
}
