package org.locallimits.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.locallimits.markdown.CitationSyntax;
import org.locallimits.model.CrossRefs;

/**
 * Post-processes the HTML of one Markdown body: resolves cross-reference links, neutralises unsafe URLs,
 * sanitises through an allow-list, turns citations into numbered notes, marks unverified facts, adds
 * {@code rel} to external links and collects the table of contents. The allow-list is built once and never
 * changed; the class is thread-safe.
 */
public final class BodyHtml {
    private static final String BASE = "https://site.invalid/";
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("del", "ins", "hr", "abbr", "mark", "small", "figure", "figcaption", "details", "summary")
            .addAttributes(":all", "id", "class", "title", "lang")
            .addAttributes("th", "scope", "align")
            .addAttributes("td", "align")
            .removeProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);
    /** Selectors parsed once: jsoup would otherwise parse each one again for every body. */
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator IMAGES = QueryParser.parse("img[src]");
    private static final Evaluator TOC_HEADINGS = QueryParser.parse("h2[id], h3[id]");
    private static final Evaluator TABLES = QueryParser.parse("table");
    private static final Document.OutputSettings OUT = new Document.OutputSettings()
            .prettyPrint(false).charset(StandardCharsets.UTF_8);

    /** What a processed body gives the templates. */
    public record Result(String html, List<TocEntry> toc) {
    }

    /**
     * @param html      flexmark's output
     * @param resolve   maps a cross-reference to its href (already prefixed with the base path), if it exists
     * @param hasSource whether a source id exists
     * @param numbers   this page's source numbering
     * @param method    the href of the method page's section on unverified facts, linked from "unverified" labels
     */
    public Result process(String html, Function<CrossRefs.Target, Optional<String>> resolve,
                          Predicate<String> hasSource, SourceNumbers numbers, String method) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        for (Element a : dirty.select(LINKS)) a.attr("href", safeHref(a.attr("href"), resolve));
        for (Element img : dirty.select(IMAGES)) {
            if (!CrossRefs.scheme(img.attr("src")).isEmpty()) img.remove();
        }
        Document doc = new Cleaner(SAFELIST).clean(dirty);
        doc.outputSettings(OUT);
        Element body = doc.body();
        for (Element a : body.select(LINKS)) {
            String href = a.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                a.attr("rel", "noopener noreferrer external");
            }
        }
        citations(body, hasSource, numbers);
        unverified(body, method);
        List<TocEntry> toc = new ArrayList<>();
        for (Element h : body.select(TOC_HEADINGS)) {
            toc.add(new TocEntry(h.tagName().equals("h2") ? 2 : 3, h.id(), h.text()));
        }
        for (Element table : body.select(TABLES)) {
            table.wrap("<div class=\"table-scroll\" tabindex=\"0\"></div>");
        }
        return new Result(body.html(), List.copyOf(toc));
    }

    private static String safeHref(String href, Function<CrossRefs.Target, Optional<String>> resolve) {
        Optional<CrossRefs.Target> ref = CrossRefs.parse(href.strip());
        if (ref.isPresent()) return resolve.apply(ref.get()).orElse("#unresolved-link");
        String scheme = CrossRefs.scheme(href);
        if (scheme.isEmpty() || scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) {
            return href;
        }
        return "#unsafe-link";
    }

    private static void citations(Element body, Predicate<String> hasSource, SourceNumbers numbers) {
        List<TextNode> texts = new ArrayList<>();
        // Most text has no citation: a plain search rules it out before the pattern and the look at ancestors.
        body.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.getWholeText().contains("[@") && !insideCode(t)) texts.add(t);
        });
        for (TextNode t : texts) {
            String text = t.getWholeText();
            List<Node> replacement = new ArrayList<>();
            int last = 0;
            for (CitationSyntax.Group g = CitationSyntax.find(text, 0); g != null;
                    g = CitationSyntax.find(text, g.end())) {
                List<CitationSyntax.Item> items = CitationSyntax.items(g.inside());
                if (items.isEmpty() || !items.stream().allMatch(i -> hasSource.test(i.id()))) continue;
                replacement.add(new TextNode(text.substring(last, g.start())));
                Element sup = new Element("sup").addClass("cite");
                for (int i = 0; i < items.size(); i++) {
                    CitationSyntax.Item item = items.get(i);
                    int n = numbers.number(item.id());
                    if (i > 0) sup.appendText(" ");
                    Element link = sup.appendElement("a").attr("href", "#source-" + n)
                            .attr("aria-label", "Source " + n + item.pinpoint().map(p -> ", " + p).orElse(""));
                    link.text("[" + n + item.pinpoint().map(p -> ", " + p).orElse("") + "]");
                }
                replacement.add(sup);
                last = g.end();
            }
            if (replacement.isEmpty()) continue;
            replacement.add(new TextNode(text.substring(last)));
            for (Node n : replacement) t.before(n);
            t.remove();
        }
    }

    private static void unverified(Element body, String method) {
        List<TextNode> texts = new ArrayList<>();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.getWholeText().contains("[!unverified]") && !insideCode(t)) {
                texts.add(t);
            }
        });
        for (TextNode t : texts) {
            String[] parts = t.getWholeText().split("\\[!unverified\\]", -1);
            for (int i = 0; i < parts.length; i++) {
                t.before(new TextNode(parts[i]));
                if (i < parts.length - 1) {
                    Element label = new Element("a").addClass("unverified").attr("href", method);
                    label.text("unverified");
                    t.before(label);
                }
            }
            t.remove();
        }
    }

    private static boolean insideCode(Node n) {
        for (Node p = n.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && (e.tagName().equals("code") || e.tagName().equals("pre")
                    || e.tagName().equals("a"))) {
                return true;
            }
        }
        return false;
    }
}
