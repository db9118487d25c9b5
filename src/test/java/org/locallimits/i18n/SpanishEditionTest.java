package org.locallimits.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locallimits.build.BuildResult;
import org.locallimits.diag.Problems;
import org.locallimits.render.Messages;
import org.locallimits.testing.TestSite;

/**
 * The real content and templates, built once: the Spanish edition mirrors the English one page for page, the
 * editions point at each other, and Spanish pages speak Spanish in everything the templates write.
 */
class SpanishEditionTest {
    private static final String BASE = "https://example.org/local-limits/";
    private static TestSite site;
    private static Map<String, Document> english;
    private static Map<String, Document> spanish;

    @BeforeAll
    static void build() {
        site = TestSite.empty().withRealContentAndTemplates();
        BuildResult result = site.build();
        assertTrue(result.ok(), () -> "the site did not build: " + result.problems());
        english = pages(site.out(), true);
        spanish = pages(site.out().resolve("es"), false);
    }

    /** Every HTML page under {@code dir} by site-relative path ({@code measures/x/index.html}), parsed. */
    static Map<String, Document> pages(Path dir, boolean skipEs) {
        Map<String, Document> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (skipEs && rel.startsWith("es/")) continue;
                out.put(rel, Jsoup.parse(Files.readString(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The page's URL path without {@code index.html}, as the alternates name it. */
    private static String pagePath(String file) {
        return file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    private static Map<String, String> alternates(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element link : doc.select("head link[rel=alternate][hreflang]")) {
            out.put(link.attr("hreflang"), link.attr("href"));
        }
        return out;
    }

    @Test
    void everyEnglishPageHasASpanishCounterpartAndViceVersa() {
        assertTrue(english.size() > 50, "the English edition is the whole site: " + english.size());
        assertEquals(english.keySet(), spanish.keySet());
    }

    @Test
    void pagesDeclareTheirLanguage() {
        english.forEach((path, doc) -> assertEquals("en", doc.selectFirst("html").attr("lang"), path));
        spanish.forEach((path, doc) -> assertEquals("es", doc.selectFirst("html").attr("lang"), "es/" + path));
    }

    @Test
    void hreflangAlternatesAreReciprocalAndIncludeXDefault() {
        for (String file : english.keySet()) {
            String path = pagePath(file);
            Map<String, String> en = alternates(english.get(file));
            Map<String, String> es = alternates(spanish.get(file));
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("en", BASE + path);
            expected.put("es", BASE + "es/" + path);
            expected.put("x-default", BASE + path);
            assertEquals(expected, en, file);
            assertEquals(en, es, "the two editions of " + file + " must name the same alternates");
            // Each page names itself among its alternates, as its canonical URL.
            assertEquals(en.get("en"), english.get(file).selectFirst("link[rel=canonical]").attr("href"), file);
            assertEquals(es.get("es"), spanish.get(file).selectFirst("link[rel=canonical]").attr("href"), file);
        }
    }

    @Test
    void languageSwitcherLandsOnTheSamePageInTheOtherLanguage() {
        for (String file : english.keySet()) {
            if (file.equals("404.html")) continue; // served at any address, so its links are rooted
            Element toSpanish = english.get(file).selectFirst("header nav.languages a");
            assertEquals("es", toSpanish.attr("hreflang"), file);
            assertEquals("es", toSpanish.attr("lang"), file);
            assertEquals("Español", toSpanish.text(), file);
            assertEquals("es/" + pagePath(file), resolve(file, toSpanish.attr("href")), file);
            Element toEnglish = spanish.get(file).selectFirst("header nav.languages a");
            assertEquals("en", toEnglish.attr("hreflang"), file);
            assertEquals("en", toEnglish.attr("lang"), file);
            assertEquals("English", toEnglish.text(), file);
            assertEquals(pagePath(file), resolve("es/" + file, toEnglish.attr("href")), "es/" + file);
            assertEquals("Idioma", spanish.get(file).selectFirst("header nav.languages").attr("aria-label"));
        }
    }

    /** Links written by the templates keep a Spanish reader in the Spanish edition (the switcher aside). */
    @Test
    void spanishPagesLinkWithinTheSpanishEdition() {
        List<String> outside = new ArrayList<>();
        spanish.forEach((file, doc) -> {
            if (file.equals("404.html")) return;
            for (Element a : doc.select("body a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("#") || href.startsWith("?") || URI.create(href.replace(" ", "%20")).isAbsolute()
                        || a.hasAttr("hreflang")) {
                    continue;
                }
                String target = resolve("es/" + file, href);
                if (!target.startsWith("es/") && !target.startsWith("assets/")) {
                    outside.add("es/" + file + " → " + href);
                }
            }
        });
        assertEquals(List.of(), outside);
    }

    /** The site-relative path a relative link on page {@code file} leads to. */
    private static String resolve(String file, String href) {
        URI base = URI.create("https://h/" + file);
        String path = base.resolve(href).getPath();
        return path.substring(1);
    }

    /**
     * What the templates and the generator write on Spanish pages: the header, navigation, footer, notices,
     * headings, labels, summary box, table headings and form controls, and the page's title.
     */
    private static final String INTERFACE = "head > title, a.skip, header.site-header, footer.site-footer, nav, "
            + ".notice, main h1, main h2, main h3, .lede, dt, .kicker, label, button, option, caption, thead th, "
            + ".count-line, .hint, .card-meta, .count, .asof, .badge, .event-kind, .source-kind, .map-legend, "
            + ".empty, .search-tips, .cite-this";

    /**
     * Texts of the English interface strings (those that differ in Spanish), in the pieces between their
     * placeholders, long enough to recognise.
     */
    static Set<String> englishOnly() {
        Problems problems = new Problems();
        Messages messages = Messages.load(Path.of("templates"), "templates/", List.of("en", "es"), problems);
        assertFalse(problems.hasErrors(), () -> problems.sorted().toString());
        Map<String, String> en = messages.of("en");
        Map<String, String> es = messages.of("es");
        Set<String> out = new TreeSet<>();
        en.forEach((key, value) -> {
            if (value.equals(es.get(key)) || key.startsWith("anchor.") || key.startsWith("lang.")) return;
            for (String piece : value.replaceAll("<[^>]+>", "").split("\\{\\w+\\}")) {
                String p = piece.strip().replaceAll("^[\\p{Punct}“”\\s]+|[\\p{Punct}“”\\s]+$", "");
                if (p.codePoints().filter(Character::isLetter).count() >= 4) out.add(p);
            }
        });
        return out;
    }

    /** The English interface strings found in the interface regions of a page, ignoring marked English parts. */
    static List<String> leaks(Document page, Set<String> englishOnly) {
        Document doc = page.clone();
        doc.select("[lang]:not([lang=es]):not(html)").remove();
        List<String> found = new ArrayList<>();
        for (Element region : doc.select(INTERFACE)) {
            String text = " " + region.text() + " ";
            for (Element e : region.getAllElements()) {
                for (String attr : List.of("aria-label", "placeholder", "title")) {
                    if (e.hasAttr(attr)) text += " " + e.attr(attr) + " ";
                }
                String own = e.ownText().strip().replaceAll("[\\p{Punct}\\s]+$", "");
                if (englishOnly.contains(own)) found.add(own);
            }
            for (String s : englishOnly) {
                if (s.contains(" ") && text.matches("(?s).*\\b\\Q" + s + "\\E\\b.*")) found.add(s);
            }
        }
        return found.stream().distinct().sorted().toList();
    }

    @Test
    void noEnglishInterfaceStringLeaksIntoSpanishPages() {
        Set<String> englishOnly = englishOnly();
        // The scan finds English where it is expected, so an empty result below means something.
        List<String> onEnglishHome = leaks(english.get("index.html"), englishOnly);
        assertTrue(onEnglishHome.containsAll(List.of("Find your state", "Skip to content", "Not legal advice")),
                () -> "the scan missed English on the English home page: " + onEnglishHome);
        Map<String, List<String>> leaked = new TreeMap<>();
        spanish.forEach((file, doc) -> {
            List<String> l = leaks(doc, englishOnly);
            if (!l.isEmpty()) leaked.put("es/" + file, l);
        });
        assertEquals(Map.of(), leaked);
    }

    @Test
    void spanishPagesUseSpanishVocabularyLabelsAndDates() {
        Document measure = spanish.get("measures/illinois-trust-act/index.html");
        assertEquals("● En vigor", measure.selectFirst(".summary-box .badge.status").text());
        assertEquals("▂ Exposición baja", measure.selectFirst(".summary-box .badge.exposure").text());
        assertEquals("Ley estatal (Public Act 100-0463 (SB 31), 5 ILCS 805)",
                measure.selectFirst(".summary-box div:has(dt:contains(Instrumento)) dd").text());
        assertEquals("28 de agosto de 2017", measure.selectFirst(".summary-box time[datetime=2017-08-28]").text());
        assertEquals("Situación: En vigor", spanish.get("status/in-effect/index.html").selectFirst("h1").text());
    }

    @Test
    void sourceTitlesAndNotesKeepTheLanguageTheyAreWrittenIn() {
        Document es = spanish.get("measures/illinois-trust-act/index.html");
        assertFalse(es.select(".sources cite").isEmpty());
        es.select(".sources cite, .sources .source-note").forEach(e -> assertEquals("en", e.attr("lang"), e.text()));
        Document all = spanish.get("sources/index.html");
        assertEquals(all.select("cite").size(), all.select("cite[lang=en]").size());
        english.get("measures/illinois-trust-act/index.html").select(".sources cite, .sources .source-note")
                .forEach(e -> assertFalse(e.hasAttr("lang"), e.text()));
    }

    @Test
    void currentTranslationsShowNoNotice() {
        spanish.forEach((file, doc) -> assertTrue(doc.select(".translation-notice").isEmpty(), "es/" + file));
        english.forEach((file, doc) -> assertTrue(doc.select(".translation-notice").isEmpty(), file));
    }

    @Test
    void eachEditionsSearchIndexLeavesOutItsOwnLanguagesCommonestWords() throws Exception {
        String es = java.nio.file.Files.readString(site.out().resolve("es/search/index.json"));
        String en = java.nio.file.Files.readString(site.out().resolve("search/index.json"));
        assertTrue(es.startsWith("{\"version\":1,\"stop\":[\"al\",\"como\",\"con\",\"de\",\"del\","), es.substring(0, 80));
        assertTrue(en.startsWith("{\"version\":1,\"stop\":[\"a\",\"an\",\"and\","), en.substring(0, 80));
        for (String word : new String[] {"de", "la", "los", "que", "para"}) {
            assertFalse(es.contains("\"" + word + "\":["), "`" + word + "` is not a Spanish search term");
        }
        assertTrue(es.contains("\"mascara\":["), "Spanish words are indexed without accents");
        assertFalse(en.contains("\"the\":["), "`the` is not an English search term");
    }
}
