package org.locallimits.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locallimits.content.Body;

/**
 * Past its budget the renderer keeps HTML in the build's spill file, or, without one, parses the body again at
 * render time, to the same HTML.
 */
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

    @Test
    void htmlBeyondTheBudgetWaitsInTheSpillFileUntilTheBuildEnds(@TempDir Path dir) throws Exception {
        MarkdownRenderer keepsNone = new MarkdownRenderer(false, 0);
        String expected = new MarkdownRenderer().parse(new Body(MD, 3), "x.md").html().orElseThrow();
        Parsed first;
        Parsed second;
        try (MarkdownRenderer.Spilling spill = keepsNone.spillInto(dir)) {
            first = keepsNone.parse(new Body(MD, 3), "x.md");
            second = keepsNone.parse(new Body("More – “quoted” text.\n\n" + MD, 3), "y.md");
            assertInstanceOf(HtmlSpill.Spilled.class, first.kept().orElseThrow());
            assertEquals(expected, first.html().orElseThrow());
            assertTrue(second.html().orElseThrow().startsWith("<p>More – “quoted” text.</p>\n"),
                    second.html().orElseThrow());
            assertEquals(expected, keepsNone.render(first));
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(0, left.count(), "the spill file has no name once opened");
            }
        }
        // After the build the spill is gone: the body is parsed again, to the same HTML.
        assertTrue(first.html().isEmpty());
        assertEquals(expected, keepsNone.render(first));
        // The one-shot renderer's budget is given back for its next build, and nothing is spilled without one.
        assertTrue(keepsNone.parse(new Body(MD, 3), "x.md").kept().isEmpty());
        MarkdownRenderer keeps = new MarkdownRenderer(false, 1);
        try (MarkdownRenderer.Spilling spill = keeps.spillInto(dir)) {
            assertInstanceOf(Parsed.Held.class, keeps.parse(new Body(MD, 3), "x.md").kept().orElseThrow());
            assertInstanceOf(HtmlSpill.Spilled.class, keeps.parse(new Body(MD, 3), "x.md").kept().orElseThrow());
        }
        try (MarkdownRenderer.Spilling spill = keeps.spillInto(dir)) {
            assertInstanceOf(Parsed.Held.class, keeps.parse(new Body(MD, 3), "x.md").kept().orElseThrow());
        }
    }

    @Test
    void aFolderThatCannotHoldTheSpillMeansParsingAgain(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        MarkdownRenderer keepsNone = new MarkdownRenderer(false, 0);
        try (MarkdownRenderer.Spilling spill = keepsNone.spillInto(notAFolder)) {
            Parsed p = keepsNone.parse(new Body(MD, 3), "x.md");
            assertTrue(p.kept().isEmpty());
            assertTrue(keepsNone.render(p).contains("<table"));
        }
    }
}
