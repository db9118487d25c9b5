package org.locallimits.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.locallimits.content.Body;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.model.SiteModel;
import org.locallimits.render.OutputFile;

/**
 * Checks every internal link and anchor in the generated HTML against the generated files, without the
 * network. A broken link is reported at the content file (and line, when the link is written there) of the page
 * it appears on, or at the page itself for pages no content file produces. Not thread-safe: feed it from one
 * thread, or through {@link #accept} which is synchronized.
 */
public final class LinkChecker {
    private final Map<String, byte[]> pages = new TreeMap<>();
    private final Set<String> files = new HashSet<>();

    public void accept(OutputFile f) {
        // A streamed file is rendered here, outside the lock; one that is not a page only needs rendering at all.
        byte[] html = f.path().endsWith(".html") ? f.bytes() : null;
        if (html == null && f.isStreamed()) f.writeTo(java.io.OutputStream.nullOutputStream());
        synchronized (this) {
            files.add(f.path());
            if (html != null) pages.put(f.path(), html);
        }
    }

    /** A broken link found on a generated page. */
    private record Broken(String page, String href, String what) {
    }

    public void check(SiteModel model, Problems problems) {
        List<Broken> broken = new java.util.ArrayList<>();
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Document> docs = new TreeMap<>();
        pages.forEach((path, bytes) -> {
            Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
            docs.put(path, doc);
            Set<String> set = new HashSet<>();
            doc.select("[id]").forEach(e -> set.add(e.id()));
            doc.select("a[name]").forEach(e -> set.add(e.attr("name")));
            ids.put(path, set);
        });
        docs.forEach((path, doc) -> {
            if (path.endsWith("404.html")) return;
            for (Element a : doc.select("a[href], link[href]")) {
                String href = a.attr("href");
                resolve(path, href).ifPresent(target -> {
                    String file = target.path();
                    if (!files.contains(file)) {
                        broken.add(new Broken(path, href, "leads to a page that does not exist"));
                    } else if (!target.fragment().isEmpty() && ids.containsKey(file)
                            && !ids.get(file).contains(target.fragment())) {
                        broken.add(new Broken(path, href, "points to a section `#" + target.fragment()
                                + "` that does not exist on that page"));
                    }
                });
            }
        });
        report(model, broken, problems);
    }

    /**
     * Links an editor wrote in a body are reported where they are written; the rest come from templates or the
     * navigation and appear on many pages, so each is reported once, on the first page, with a count.
     */
    private static void report(SiteModel model, List<Broken> broken, Problems problems) {
        Map<String, List<Broken>> fromTemplates = new TreeMap<>();
        for (Broken b : broken) {
            Optional<SourcePos> written = sourceOf(model, b.page()).flatMap(f -> lineOf(model, f, b.href()));
            if (written.isPresent()) {
                problems.error(written.get(), "the link `" + b.href() + "` on " + b.page() + " " + b.what(),
                        "correct the link in this file");
            } else {
                String target = resolve(b.page(), b.href()).map(t -> t.path() + "#" + t.fragment()).orElse(b.href());
                fromTemplates.computeIfAbsent(target + " " + b.what(), k -> new java.util.ArrayList<>()).add(b);
            }
        }
        for (List<Broken> group : fromTemplates.values()) {
            Broken first = group.get(0);
            String more = group.size() == 1 ? "" : " and " + (group.size() - 1) + " more page"
                    + (group.size() == 2 ? "" : "s");
            problems.error(SourcePos.file("site/" + first.page()), "the link `" + first.href() + "` on "
                    + first.page() + more + " " + first.what(),
                    "it comes from a template in templates/ or the navigation in content/site.yaml; correct it there");
        }
    }

    private record Target(String path, String fragment) {
    }

    /** The output file and fragment an internal href leads to, or nothing for external links. */
    static Optional<Target> resolve(String fromPath, String href) {
        if (href.isEmpty() || href.startsWith("mailto:") || href.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
        String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        if (path.contains("?")) path = path.substring(0, path.indexOf('?'));
        try {
            URI base = new URI("http", "site.invalid", "/" + fromPath, null);
            URI u = base.resolve(new URI(null, null, path, null));
            String p = u.getPath();
            if (p == null || !p.startsWith("/")) return Optional.empty();
            p = p.substring(1);
            if (p.isEmpty() || p.endsWith("/")) p = p + "index.html";
            return Optional.of(new Target(p, fragment));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.of(new Target("\u0000malformed", ""));
        }
    }

    private static Optional<String> sourceOf(SiteModel model, String page) {
        List<String> parts = List.of(page.split("/"));
        if (parts.size() == 3 && parts.get(2).equals("index.html")) {
            String slug = parts.get(1);
            return switch (parts.get(0)) {
                case "measures" -> Optional.ofNullable(model.measures().get(slug)).map(m -> m.file());
                case "jurisdictions" -> Optional.ofNullable(model.jurisdictions().get(slug)).map(j -> j.file());
                case "limits" -> Optional.ofNullable(model.limits().get(slug)).map(l -> l.file());
                default -> Optional.empty();
            };
        }
        if (parts.size() == 2 && parts.get(1).equals("index.html")) {
            return Optional.ofNullable(model.pages().get(parts.get(0))).map(p -> p.file());
        }
        return Optional.empty();
    }

    /** The line of the body where the link text is written, when the editor wrote it literally. */
    private static Optional<SourcePos> lineOf(SiteModel model, String file, String href) {
        Body body = model.content().measures().stream().filter(m -> m.file().equals(file)).map(m -> m.body())
                .findFirst()
                .or(() -> model.content().pages().stream().filter(p -> p.file().equals(file)).map(p -> p.body())
                        .findFirst())
                .or(() -> model.content().limits().stream().filter(l -> l.file().equals(file)).map(l -> l.body())
                        .findFirst())
                .or(() -> model.content().jurisdictions().stream().filter(j -> j.file().equals(file))
                        .map(j -> j.body()).findFirst())
                .orElse(null);
        if (body != null) {
            String[] lines = body.markdown().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int col = lines[i].indexOf("(" + href + ")");
                if (col >= 0) return Optional.of(SourcePos.of(file, body.firstLine() + i, col + 2));
            }
        }
        return Optional.empty();
    }
}
