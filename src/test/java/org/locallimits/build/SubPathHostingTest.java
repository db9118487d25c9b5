package org.locallimits.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.locallimits.testing.TestSite;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A site built with {@code --base-url https://example.org/explainer/} works when served under {@code /explainer/}:
 * served on 127.0.0.1 under that sub-path only, every link, stylesheet, script, icon, feed, feed entry, sitemap
 * entry, robots.txt line, data-file page URL and search result is followed, and each must answer 200 and, when it
 * names a section, lead to an element with that id. Canonical addresses on example.org are mapped to the local server.
 */
class SubPathHostingTest {
    private static final String PUBLIC = "https://example.org/explainer/";

    @Test
    void everyAddressInTheSiteResolvesUnderTheSubPath() throws Exception {
        TestSite site = TestSite.empty().withRealContentAndTemplates();
        BuildResult result = new SiteBuilder(site.root()).build(new BuildOptions(site.content(), site.templates(),
                Optional.of(site.out()), Optional.of("https://example.org/explainer"), false));
        assertTrue(result.ok(), result.problems()::toString);
        HttpServer server = serve(site.out(), "/explainer/");
        try {
            String local = "http://127.0.0.1:" + server.getAddress().getPort() + "/explainer/";
            Crawl crawl = new Crawl(local);
            crawl.visitAll(List.of("", "sitemap.xml", "robots.txt", "feed.xml", "404.html", "es/404.html",
                    "data/measures.json"));
            crawl.searchResults("search/");
            assertEquals(List.of(), crawl.failures);
            // Every page, feed and data file of the build was reached from the start addresses.
            for (String file : TestSite.tree(site.out()).keySet()) {
                if (!file.endsWith(".html") && !file.endsWith(".xml") && !file.startsWith("data/")) continue;
                String url = local + (file.endsWith("index.html") ? file.substring(0, file.length() - 10) : file);
                assertTrue(crawl.fetched.contains(url), "never reached " + file);
            }
            for (String kind : List.of("feed.xml", "jurisdictions/oregon/feed.xml", "sitemap.xml", "data/measures.csv",
                    "assets/", "updates/#", "measures/portland-sanctuary-ordinance/")) {
                assertTrue(crawl.fetched.stream().anyMatch(u -> u.startsWith(local + kind)
                        || crawl.fragments.stream().anyMatch(f -> f.startsWith(local + kind))), kind);
            }
            // The check itself can fail: an address outside the sub-path is not served.
            assertEquals(404, crawl.status(URI.create(local.replace("/explainer/", "/measures/"))));
        } finally {
            server.stop(0);
        }
    }

    /** Follows addresses breadth-first, each once; records every failure with the page it was found on. */
    private static final class Crawl {
        private final String local;
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Deque<String[]> queue = new ArrayDeque<>();
        private final Set<String> fetched = new TreeSet<>();
        private final Set<String> fragments = new LinkedHashSet<>();
        private final Map<String, Set<String>> ids = new HashMap<>();
        private final List<String> failures = new ArrayList<>();

        Crawl(String local) {
            this.local = local;
        }

        void visitAll(List<String> starts) throws Exception {
            starts.forEach(s -> queue.add(new String[] {local + s, "(start)"}));
            while (!queue.isEmpty()) {
                String[] next = queue.poll();
                visit(next[0], next[1]);
            }
            for (String f : fragments) {
                int hash = f.indexOf('#');
                Set<String> on = ids.get(f.substring(0, hash));
                if (on != null && !on.contains(f.substring(hash + 1))) failures.add(f + ": no such section");
            }
        }

        /** Every search result, addressed the way search.js does: the form's data-root plus the index's "u". */
        void searchResults(String searchPage) throws Exception {
            URI page = URI.create(local + searchPage);
            Document doc = Jsoup.parse(get(page), page.toString());
            var form = doc.getElementById("search-form");
            URI index = page.resolve(form.attr("data-index"));
            Map<?, ?> json = new Yaml(new SafeConstructor(new LoaderOptions())).load(get(index));
            List<?> docs = (List<?>) json.get("docs");
            assertTrue(docs.size() > 20, "the index lists the content pages");
            for (Object d : docs) {
                queue.add(new String[] {page.resolve(form.attr("data-root") + ((Map<?, ?>) d).get("u")).toString(),
                        "search result"});
            }
            visitAll(List.of());
        }

        private void visit(String address, String from) throws Exception {
            String url = address.startsWith(PUBLIC) ? local + address.substring(PUBLIC.length()) : address;
            if (!url.startsWith("http://127.0.0.1")) return; // sources on other sites: not ours to check offline
            if (!url.startsWith(local)) {
                failures.add(address + " (on " + from + "): leaves the sub-path");
                return;
            }
            int hash = url.indexOf('#');
            if (hash >= 0) {
                if (hash < url.length() - 1) fragments.add(url);
                url = url.substring(0, hash);
            }
            int query = url.indexOf('?');
            if (query >= 0) url = url.substring(0, query);
            if (fetched.add(url)) fetch(url, address, from);
        }

        private void fetch(String url, String address, String from) throws Exception {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                failures.add(address + " (on " + from + "): HTTP " + response.statusCode());
                return;
            }
            String body = new String(response.body(), StandardCharsets.UTF_8);
            if (url.endsWith("/") || url.endsWith(".html")) {
                Document doc = Jsoup.parse(body, url);
                Set<String> here = new java.util.HashSet<>(doc.select("[id]").eachAttr("id"));
                ids.put(url, here);
                doc.select("a[href], link[href], script[src], img[src], form[action]").forEach(e -> {
                    String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
                    if (!e.attr(attr).startsWith("?")) queue.add(new String[] {e.absUrl(attr), url});
                });
            } else if (url.endsWith(".xml")) {
                Document doc = Jsoup.parse(body, url, Parser.xmlParser());
                doc.select("link[href]").forEach(e -> queue.add(new String[] {e.absUrl("href"), url}));
                doc.select("loc, entry > id, feed > id, uri").forEach(e -> queue.add(new String[] {e.text(), url}));
            } else if (url.endsWith("robots.txt")) {
                body.lines().filter(l -> l.startsWith("Sitemap: "))
                        .forEach(l -> queue.add(new String[] {l.substring(9).strip(), url}));
            } else if (url.endsWith("measures.json")) {
                Map<?, ?> json = new Yaml(new SafeConstructor(new LoaderOptions())).load(body);
                ((List<?>) json.get("measures")).forEach(m -> queue.add(new String[] {
                        String.valueOf(((Map<?, ?>) m).get("page_url")), url}));
                queue.add(new String[] {String.valueOf(json.get("url")), url});
            }
        }

        int status(URI uri) throws Exception {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }

        private String get(URI uri) throws Exception {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), uri.toString());
            return r.body();
        }
    }

    /**
     * Serves {@code root} under {@code prefix} only, as a host serving a project site would: GET and HEAD, each
     * segment checked to stay under the root, folders by their index.html (and only with a trailing slash).
     */
    private static HttpServer serve(Path root, String prefix) throws IOException {
        Path real = root.toRealPath();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                Path file = path.startsWith(prefix) ? resolve(real, path.substring(prefix.length())) : null;
                if (file == null || !exchange.getRequestMethod().matches("GET|HEAD")) {
                    send(exchange, 404, "not found".getBytes(StandardCharsets.UTF_8));
                } else {
                    send(exchange, 200, Files.readAllBytes(file));
                }
            }
        });
        server.start();
        return server;
    }

    private static Path resolve(Path root, String rest) {
        Path p = root;
        for (String segment : rest.split("/")) {
            if (segment.isEmpty()) continue;
            if (segment.equals("..") || segment.equals(".")) return null;
            p = p.resolve(segment).normalize();
            if (!p.startsWith(root)) return null;
        }
        if (Files.isDirectory(p)) {
            if (!rest.isEmpty() && !rest.endsWith("/")) return null;
            p = p.resolve("index.html");
        }
        return Files.isRegularFile(p) ? p : null;
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
