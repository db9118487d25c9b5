package org.locallimits.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.locallimits.diag.Problem;
import org.locallimits.render.Json;

/**
 * The preview HTTP server: serves the in-memory site (GET and HEAD only, the site's 404 page for missing files),
 * adds the reload script to HTML responses only, and pushes {@code reload}, {@code problems} and {@code ok}
 * events to open pages over Server-Sent Events. Thread-safe.
 */
public final class PreviewServer implements AutoCloseable {
    static final String PREFIX = "/__preview/";
    private static final String SCRIPT = "<script src=\"" + PREFIX + "client.js\"></script>";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "preview-http");
        t.setDaemon(true);
        return t;
    });
    private final Supplier<Map<String, byte[]>> site;
    /** An open event stream, and the signal that ends it when the server closes. */
    private record Listener(OutputStream out, java.util.concurrent.CountDownLatch closed) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile List<Problem> problems = List.of();

    public PreviewServer(String host, int port, Supplier<Map<String, byte[]>> site) throws IOException {
        this.site = site;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 128);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Number of pages currently listening for reload events. */
    public int listeners() {
        return listeners.size();
    }

    /** Tells every open page to reload. */
    public void reload() {
        problems = List.of();
        broadcast("reload", "{}");
    }

    /**
     * Tells open pages that a rebuild succeeded and which files it changed (output paths such as
     * {@code measures/x/index.html}); a page refreshes only when its own file is among them. A very long list is
     * sent as a plain reload, which every page obeys.
     */
    public void reload(java.util.Collection<String> changedFiles) {
        if (changedFiles.size() > MAX_LISTED_CHANGES) {
            reload();
            return;
        }
        problems = List.of();
        broadcast("reload", Json.write(Map.of("paths", changedFiles.stream().map(PreviewServer::urlPath).toList())));
    }

    private static final int MAX_LISTED_CHANGES = 2000;

    /** The URL path a page is opened at: {@code measures/x/index.html} → {@code /measures/x/}. */
    static String urlPath(String file) {
        return "/" + (file.endsWith("index.html") && (file.equals("index.html") || file.endsWith("/index.html"))
                ? file.substring(0, file.length() - "index.html".length()) : file);
    }

    /** Shows the problems of a failed rebuild over open pages, which keep showing the last good site. */
    public void problems(List<Problem> list) {
        problems = List.copyOf(list);
        broadcast("problems", json(problems));
    }

    private void broadcast(String event, String data) {
        byte[] message = ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (Listener l : listeners) {
            try {
                synchronized (l.out()) {
                    l.out().write(message);
                    l.out().flush();
                }
            } catch (IOException e) {
                listeners.remove(l);
                l.closed().countDown();
            }
        }
    }

    private static String json(List<Problem> problems) {
        return Json.write(problems.stream().map(p -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("severity", p.severity().label());
            m.put("file", p.pos().file());
            m.put("line", p.pos().line());
            m.put("column", p.pos().column());
            m.put("message", p.message());
            m.put("hint", p.hint());
            return m;
        }).toList());
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().add("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            if (raw != null && raw.startsWith(PREFIX)) {
                preview(ex, raw.substring(PREFIX.length()));
                return;
            }
            Optional<String> path = SitePaths.of(raw);
            if (path.isEmpty()) {
                send(ex, 400, "text/plain; charset=utf-8", "bad request\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Map<String, byte[]> files = site.get();
            byte[] body = files.get(path.get());
            if (body == null && files.containsKey(path.get() + "/index.html")) {
                ex.getResponseHeaders().add("Location", raw + "/");
                send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            int status = 200;
            String file = path.get();
            if (body == null) {
                status = 404;
                file = "404.html";
                body = files.getOrDefault(file, "not found\n".getBytes(StandardCharsets.UTF_8));
            }
            String type = ContentTypes.of(file);
            if (type.startsWith("text/html")) body = withScript(body);
            // Assets have content-hashed names, so a reload need not fetch them again; pages always are.
            if (status == 200 && file.startsWith("assets/")) {
                ex.getResponseHeaders().add("Cache-Control", "public, max-age=31536000, immutable");
            }
            send(ex, status, type, body);
        }
    }

    private void preview(HttpExchange ex, String name) throws IOException {
        switch (name) {
            case "events" -> events(ex);
            case "client.js" -> send(ex, 200, ContentTypes.of(name), resource(name));
            case "overlay.css" -> send(ex, 200, ContentTypes.of(name), resource(name));
            default -> send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        Listener listener = new Listener(out, new java.util.concurrent.CountDownLatch(1));
        // Register before sending the current state, so a reload broadcast in between is not missed.
        synchronized (out) {
            listeners.add(listener);
            List<Problem> now = problems;
            String first = now.isEmpty() ? "event: ok\ndata: {}\n\n" : "event: problems\ndata: " + json(now) + "\n\n";
            out.write(first.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        // Keep the exchange open until the client goes away (a comment line every 15 s detects that) or the
        // server closes; returning ends the response, so the page's EventSource sees the stream end.
        try {
            while (!listener.closed().await(15, java.util.concurrent.TimeUnit.SECONDS)) {
                synchronized (out) {
                    out.write(":\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            // the page went away
        } finally {
            listeners.remove(listener);
        }
    }

    private static byte[] withScript(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("</body>");
        String out = at < 0 ? text + SCRIPT : text.substring(0, at) + SCRIPT + text.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/serve/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        if (!ex.getResponseHeaders().containsKey("Cache-Control")) ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        listeners.forEach(l -> l.closed().countDown());
        server.stop(1);
        executor.shutdownNow();
    }
}
