package org.locallimits.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.locallimits.testing.TestSite;

/**
 * The one-pass scanner reads every page of the real site exactly as jsoup's document model does: same title,
 * description, context line, headings and words.
 */
class PageTextTest {
    /** What the search index read with jsoup before the scanner: the reference the scanner must match. */
    private record Reference(boolean hasMain, String title, String description, String context, String headings,
                             List<String> words) {
        static Reference of(String html) {
            Document doc = Jsoup.parse(html);
            Element main = doc.selectFirst("main");
            if (main == null) return new Reference(false, "", "", "", "", List.of());
            main.select(".breadcrumb, .toc, .sources, .cite-this, sup.cite, script").remove();
            Element h1 = main.selectFirst("h1");
            Element meta = doc.selectFirst("meta[name=description]");
            Element kicker = main.selectFirst(".kicker");
            return new Reference(true, h1 == null ? doc.title() : h1.text(), meta == null ? "" : meta.attr("content"),
                    kicker == null ? "" : kicker.text(), String.join(" ", main.select("h2, h3").eachText()),
                    SearchIndex.words(main.text()));
        }
    }

    private static void assertSameAsJsoup(String name, String html) {
        Reference expected = Reference.of(html);
        PageText actual = PageText.of(html.getBytes(StandardCharsets.UTF_8));
        assertEquals(expected.hasMain(), actual.hasMain, name);
        if (!expected.hasMain()) return;
        assertEquals(expected.title(), actual.title, name + ": title");
        assertEquals(expected.description(), actual.description, name + ": description");
        assertEquals(expected.context(), actual.context, name + ": context");
        assertEquals(expected.headings(), actual.headings, name + ": headings");
        assertEquals(expected.words(), SearchIndex.words(actual.body), name + ": words");
    }

    @Test
    void readsEveryPageOfTheRealSiteAsJsoupDoes() throws Exception {
        TestSite real = TestSite.empty().withRealContentAndTemplates();
        assertTrue(real.build().ok());
        int pages = 0;
        for (Map.Entry<String, byte[]> e : TestSite.tree(real.out()).entrySet()) {
            if (!e.getKey().endsWith(".html")) continue;
            assertSameAsJsoup(e.getKey(), new String(e.getValue(), StandardCharsets.UTF_8));
            pages++;
        }
        assertTrue(pages > 140, "both editions' pages were read: " + pages);
    }

    @Test
    void handlesCommentsEntitiesQuotedBracketsNoiseAndRawText() {
        String html = """
                <!DOCTYPE html><html lang="en"><head><title>Doc &amp; title</title>
                <meta name="description" content="Fish &amp; chips &quot;daily&quot;">
                <script type="application/ld+json">{"a":"<b>not text</b>"}</script></head>
                <body><header><h1>Site name</h1></header>
                <main id="main"><!-- a <p>comment</p> -->
                <nav class="breadcrumb"><a href="/">Home</a> › Masks</nav>
                <p class="kicker">Portland,&nbsp;Oregon · <span>Ordinance</span></p>
                <h1 data-x="a > b">The&#160;mask   ban</h1>
                <div class="toc"><h2>Contents</h2></div>
                <h2>What it <em>does</em></h2><p>Bans face<b>coverings</b> for agents<sup class="cite">[1]</sup>.</p>
                <ul><li>one</li><li>two</li></ul><p>soft\u00adhyphen and zero\u200bwidth</p>
                <style>.x { color: red }</style><textarea>a &lt; b</textarea>
                <svg><title>Tile map</title><rect/></svg>
                <section class="sources card"><h2>Sources</h2><ol><li>Secret source</li></ol></section>
                <h3>Status</h3><p>Tear-gas rules: don't</p>
                <script>var hidden = "<p>no</p>";</script>
                </main><footer>Footer words</footer></body></html>
                """;
        assertSameAsJsoup("hand-made page", html);
        PageText page = PageText.of(html.getBytes(StandardCharsets.UTF_8));
        assertEquals("The mask ban", page.title);
        assertEquals("Fish & chips \"daily\"", page.description);
        assertEquals("Portland, Oregon · Ordinance", page.context);
        assertEquals("What it does Status", page.headings);
        for (String gone : new String[] {"Home", "Contents", "Secret", "comment", "hidden", "color", "Footer"}) {
            assertFalse(page.body.contains(gone), gone + " is not indexed: " + page.body);
        }
        assertTrue(page.body.contains("facecoverings"), "inline tags do not split words, as in jsoup");
        assertTrue(page.body.contains("one two"), "block edges do");
    }

    @Test
    void aPageWithoutMainIsNotIndexed() {
        assertFalse(PageText.of("<html><head><title>x</title></head><body><p>text</p></body></html>".getBytes(StandardCharsets.UTF_8)).hasMain);
    }
}
