package org.locallimits.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny static file server for the built site on 127.0.0.1 and a free port: GET and HEAD only, each path
 * segment checked to stay under the root, folders served by their {@code index.html}, and the site's own
 * {@code 404.html} for anything else. Serves from any number of threads; stop it with {@link #close()}.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "svg", "image/svg+xml", "xml", "application/xml",
            "txt", "text/plain; charset=utf-8");

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;

    public StaticServer(Path root) throws IOException {
        this.root = root.toRealPath();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Daemon threads, so a test run that forgets to close the server still ends.
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "static-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The server's address, ending in {@code /}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = resolve(exchange.getRequestURI());
            if (file == null) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.exists(notFound) ? Files.readAllBytes(notFound)
                        : "not found".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, TYPES.get("html"), body);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
        }
    }

    /** The file a request names, or null when there is none under the root. */
    private Path resolve(URI uri) {
        Path p = root;
        for (String segment : uri.getPath().split("/")) {
            if (segment.isEmpty()) continue;
            if (segment.equals(".") || segment.equals("..") || segment.contains("\\")) return null;
            p = p.resolve(segment).normalize();
            if (!p.startsWith(root)) return null;
        }
        if (Files.isDirectory(p)) {
            if (!uri.getPath().endsWith("/")) return null;
            p = p.resolve("index.html");
        }
        return Files.isRegularFile(p) ? p : null;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
