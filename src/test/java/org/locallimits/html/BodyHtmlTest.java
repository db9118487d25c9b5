package org.locallimits.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locallimits.content.Body;
import org.locallimits.markdown.MarkdownRenderer;

class BodyHtmlTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final BodyHtml html = new BodyHtml();

    private BodyHtml.Result render(String md, SourceNumbers numbers) {
        String raw = markdown.render(markdown.parse(new Body(md, 1), "x.md"));
        return html.process(raw, t -> t.kind().equals("measure") && t.id().equals("known")
                        ? Optional.of("../../measures/known/" + t.fragment()) : Optional.empty(),
                Set.of("a", "b")::contains, numbers, "../../method/#unverified-facts");
    }

    @Test
    void removesScriptsEventHandlersAndDangerousUrls() {
        String out = render("Hi <script>alert(1)</script> <img src=x onerror=alert(2)> <b onclick=\"x()\">b</b>\n\n"
                + "[a](java&#115;cript:alert(3)) [d](data:text/html,hi) <iframe src=\"https://e.x\"></iframe>\n\n"
                + "<svg><script>alert(4)</script></svg> <form><input></form> <style>*{}</style>\n"
                + "![p](https://tracker.example/p.gif)", new SourceNumbers()).html();
        for (String bad : new String[] {"<script", "onerror", "onclick", "javascript:", "data:", "<iframe",
                "<svg", "<form", "<input", "<style", "tracker.example"}) {
            assertFalse(out.toLowerCase().contains(bad), bad + " in " + out);
        }
        assertTrue(out.contains("<b>b</b>"));
    }

    @Test
    void numbersCitationsInOrderOfFirstUseWithPinpoints() {
        SourceNumbers numbers = new SourceNumbers();
        String out = render("One [@b]. Two [@a, p. 4; @b]. Code `[@a]`.", numbers).html();
        assertEquals(java.util.List.of("b", "a"), numbers.order());
        assertTrue(out.contains("<a href=\"#source-1\" aria-label=\"Source 1\">[1]</a>"), out);
        assertTrue(out.contains("[2, p. 4]"), out);
        assertTrue(out.contains("<code>[@a]</code>"), "citations in code stay literal: " + out);
    }

    @Test
    void resolvesCrossReferencesAndMarksExternalLinks() {
        String out = render("[k](measure:known#x) [e](https://example.org/)", new SourceNumbers()).html();
        assertTrue(out.contains("href=\"../../measures/known/#x\""), out);
        assertTrue(out.contains("rel=\"noopener noreferrer external\""), out);
    }

    @Test
    void collectsSectionHeadingsForTheTableOfContents() {
        var r = render("## What it does\n\ntext\n\n### Detail\n\n## Why", new SourceNumbers());
        assertEquals(3, r.toc().size());
        assertEquals("what-it-does", r.toc().get(0).id());
    }

    @Test
    void labelsUnverifiedFacts() {
        String out = render("It passed 7–0 [!unverified].", new SourceNumbers()).html();
        assertTrue(out.contains("<a class=\"unverified\" href=\"../../method/#unverified-facts\">unverified</a>"), out);
    }

    @Test
    void templateSyntaxInContentStaysLiteral() {
        String out = render("${7*7} <#assign x=1>", new SourceNumbers()).html();
        assertTrue(out.contains("${7*7}"), out);
    }
}
