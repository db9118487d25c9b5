package org.locallimits.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locallimits.content.Body;

class MarkdownRendererTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void findsLinksCitationsHeadingsAndMarkersWithFilePositions() {
        Parsed p = markdown.parse(new Body("## Title\n\nSee [x](measure:y) [@src, p. 2].\n\n```\n[@not-a-cite]\n```\nTODO\n",
                10), "content/a.md");
        assertEquals("content/a.md:10:1", p.headings().get(0).pos().toString());
        assertEquals("measure:y", p.links().get(0).url());
        assertEquals("content/a.md:12:5", p.links().get(0).pos().toString());
        assertEquals(1, p.citations().size());
        assertEquals("src", p.citations().get(0).sourceId());
        assertEquals("p. 2", p.citations().get(0).pinpoint().orElseThrow());
        assertEquals("content/a.md:12:20", p.citations().get(0).pos().toString());
        assertEquals("content/a.md:17:1", p.markers().get(0).pos().toString());
    }

    @Test
    void keepsOnlyTheIdsCitedForRendering() {
        Parsed p = markdown.parse(new Body("A [@b]. B [@a, p. 2; @b]. C [@c] [@a].\n", 1), "content/a.md");
        assertEquals(5, p.citations().size());
        assertEquals(java.util.List.of("b", "a", "c"), p.cited());
        Parsed kept = p.forRendering();
        assertEquals(java.util.List.of("b", "a", "c"), kept.cited());
        assertEquals(java.util.List.of(), kept.citations());
        assertEquals(p.html(), kept.html());
    }

    @Test
    void rendersTablesFootnotesAndTypographicQuotes() {
        String html = markdown.render(markdown.parse(new Body("\"Quoted\" text[^1]\n\n|a|b|\n|---|---|\n|1|2|\n\n[^1]: Note.\n", 1),
                "a.md"));
        assertEquals(true, html.contains("&ldquo;Quoted&rdquo;"), html);
        assertEquals(true, html.contains("<table"), html);
        assertEquals(true, html.contains("footnote"), html);
    }

    /** flexmark's own rendering, without {@link PlainTextRenderer}: what the renderer must write, byte for byte. */
    private static String flexmarkAlone(String markdown) {
        return com.vladsch.flexmark.html.HtmlRenderer.builder(MarkdownRenderer.OPTIONS).build()
                .render(com.vladsch.flexmark.parser.Parser.builder(MarkdownRenderer.OPTIONS).build().parse(markdown));
    }

    @Test
    void plainTextIsRenderedExactlyAsFlexmarkRendersIt() throws Exception {
        java.util.List<String> bodies = new java.util.ArrayList<>(java.util.List.of(
                "Plain <tag> & \\*not emphasis\\* \"quoted\" 'single' a > b\r\nnext line\rold Mac line",
                "Entities &amp; &copy; &#169; &#xA9; &bogus; &, a lone ampersand, and \\\\ a backslash",
                "Text with \"quotes\", <angle> brackets, > and < alone, and `code <x> \"y\"`\n\n> quoted \"block\"",
                "| a \"b\" | <c> |\n|---|---|\n| d & e | f \\| g |\n\nFoot[^n]\n\n[^n]: note <x> \"y\"\n",
                "A NUL \u0000 in text, and one in *emphasis \u0000*",
                "Non-ASCII \u2014 dashes, \u201ccurly\u201d quotes, caf\u00e9, \u00a7 1373, \u00bfqu\u00e9?"));
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("content"))) {
            for (java.nio.file.Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                bodies.add(java.nio.file.Files.readString(p));
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(bodies.size() > 80, "the real bodies were read: " + bodies.size());
        for (String body : bodies) {
            assertEquals(flexmarkAlone(body), markdown.render(markdown.parse(new Body(body, 1), "a.md")), body);
        }
    }
}
