package org.locallimits.render;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site's search index, built from the rendered pages: an inverted index from word to the pages that contain
 * it, each with a score that weights the title above the description, headings and body text. The browser's
 * {@code search.js} reads it and must split words exactly as {@link #words} does. Pages may be added from several
 * threads; the JSON does not depend on the order they arrive in.
 */
public final class SearchIndex {
    /** Field weights: a word in the title says far more about a page than the same word in its body. */
    private static final int TITLE = 10;
    private static final int DESCRIPTION = 4;
    private static final int HEADING = 3;
    private static final int CONTEXT = 2;
    private static final int BODY = 1;
    /** Kept in step with {@code STOP} in templates/assets/search.js. */
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
            "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were",
            "which", "with");

    /** One indexed page: its site-relative URL, title, description, kind and context line (place · instrument). */
    private record Doc(String url, String title, String description, String kind, String context,
                       Map<String, Double> scores) {
    }

    private final Map<String, Doc> docs = new ConcurrentSkipListMap<>();

    /** Indexes one rendered page published at {@code url} (site-relative, such as {@code measures/x/}). */
    public void add(String url, String kind, String html) {
        Document doc = Jsoup.parse(html);
        Element main = doc.selectFirst("main");
        if (main == null) return;
        // Navigation, tables of contents and source lists repeat words that say nothing about this page.
        main.select(".breadcrumb, .toc, .sources, .cite-this, sup.cite, script").remove();
        Element h1 = main.selectFirst("h1");
        String title = h1 == null ? doc.title() : h1.text();
        Element meta = doc.selectFirst("meta[name=description]");
        String description = meta == null ? "" : meta.attr("content");
        Element kicker = main.selectFirst(".kicker");
        String context = kicker == null ? "" : kicker.text();
        Map<String, Double> scores = new TreeMap<>();
        score(scores, title, TITLE);
        score(scores, description, DESCRIPTION);
        score(scores, context, CONTEXT);
        score(scores, main.select("h2, h3").eachText().stream().reduce("", (a, b) -> a + " " + b), HEADING);
        score(scores, main.text(), BODY);
        docs.put(url, new Doc(url, title, description, kind, context, scores));
    }

    /** Adds {@code weight × (1 + ln tf)} for each word of {@code text}: repeats count, but less and less. */
    private static void score(Map<String, Double> scores, String text, int weight) {
        Map<String, Integer> tf = new TreeMap<>();
        words(text).forEach(w -> tf.merge(w, 1, Integer::sum));
        tf.forEach((w, n) -> scores.merge(w, weight * (1 + Math.log(n)), Double::sum));
    }

    /**
     * Splits text into index words: accents removed, lower case, apostrophes dropped, split on anything but
     * {@code a-z0-9}, stop words and one-letter words dropped, and a light plural rule ({@code plates → plate},
     * {@code emergencies → emergency}).
     */
    public static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[\u0300-\u036f]", "")
                .toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "");
        List<String> out = new ArrayList<>();
        for (String w : plain.split("[^a-z0-9]+")) {
            if (w.length() < 2 || STOP.contains(w)) continue;
            out.add(stem(w));
        }
        return out;
    }

    static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * The index as compact JSON: {@code docs} (u, t, d, k, c) in URL order, and {@code terms}, each word mapped to
     * a flat list of document number and score (tenths, rounded) pairs.
     */
    public byte[] json() {
        List<Doc> list = List.copyOf(docs.values());
        List<Map<String, Object>> docJson = new ArrayList<>();
        Map<String, List<Integer>> terms = new TreeMap<>();
        for (int i = 0; i < list.size(); i++) {
            Doc d = list.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("u", d.url());
            m.put("t", d.title());
            m.put("d", d.description());
            m.put("k", d.kind());
            m.put("c", d.context());
            docJson.add(m);
            int n = i;
            d.scores().forEach((w, s) -> {
                List<Integer> postings = terms.computeIfAbsent(w, k -> new ArrayList<>());
                postings.add(n);
                postings.add((int) Math.round(s * 10));
            });
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        root.put("docs", docJson);
        root.put("terms", terms);
        return Json.write(root).getBytes(StandardCharsets.UTF_8);
    }
}
