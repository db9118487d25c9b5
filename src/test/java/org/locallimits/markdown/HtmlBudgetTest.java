package org.locallimits.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locallimits.content.Body;

/** Past its budget the renderer keeps no HTML and parses the body again at render time, to the same HTML. */
class HtmlBudgetTest {
    private static final String MD = "## What it does\n\nA *body* with a [link](https://example.org/) and a"
            + " table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAnd a note.[^1]\n\n[^1]: The note.\n";

    @Test
    void htmlBeyondTheBudgetIsRenderedAgainIdentically() {
        MarkdownRenderer keeps = new MarkdownRenderer(false, MarkdownRenderer.HTML_BUDGET);
        MarkdownRenderer keepsNone = new MarkdownRenderer(false, 0);
        Parsed kept = keeps.parse(new Body(MD, 3), "x.md");
        Parsed notKept = keepsNone.parse(new Body(MD, 3), "x.md");
        assertTrue(kept.html().isPresent());
        assertTrue(notKept.html().isEmpty());
        assertEquals(keeps.render(kept), keepsNone.render(notKept));
        assertTrue(keepsNone.render(notKept).contains("<table"), keepsNone.render(notKept));
    }
}
