package org.locallimits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.locallimits.content.Content;
import org.locallimits.content.ContentLoader;
import org.locallimits.diag.Problems;
import org.locallimits.markdown.MarkdownRenderer;
import org.locallimits.markdown.Parsed;
import org.locallimits.testing.TestSite;

/**
 * The preview's model builder updates its last model in place when a few files changed; the model it gives must
 * be the one a full assembly of the same content gives.
 */
class ModelBuilderTest {
    private final TestSite site = TestSite.mini();
    private final ModelBuilder preview = new ModelBuilder(new MarkdownRenderer(true), Optional.of(new ModelMemo()));

    private Content load() {
        Problems problems = new Problems();
        Content c = new ContentLoader(site.content(), "content").load(false, problems);
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
        return c;
    }

    /** {@code before} with the records of {@code file} taken from {@code after}: only that file changed. */
    private static Content withFile(Content before, Content after, String file) {
        return new Content(before.site(), before.vocabulary(), before.sources(),
                replaced(before.jurisdictions(), after.jurisdictions(), r -> r.file(), file),
                replaced(before.measures(), after.measures(), r -> r.file(), file),
                replaced(before.limits(), after.limits(), r -> r.file(), file),
                replaced(before.pages(), after.pages(), r -> r.file(), file));
    }

    private static <T> List<T> replaced(List<T> before, List<T> after, Function<T, String> fileOf, String file) {
        List<T> out = new ArrayList<>(before);
        for (int i = 0; i < out.size(); i++) {
            if (fileOf.apply(out.get(i)).endsWith(file)) out.set(i, after.get(i));
        }
        return out;
    }

    private void assertSameAsAssembled(Content content, SiteModel updated) {
        Problems problems = new Problems();
        SiteModel assembled = new ModelBuilder(new MarkdownRenderer()).build(content, problems);
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
        assertInstanceOf(Replaced.class, updated.bodies(), "the last model was updated, not assembled again");
        assertEquals(assembled.jurisdictions(), updated.jurisdictions());
        assertEquals(assembled.measures(), updated.measures());
        assertEquals(assembled.limits(), updated.limits());
        assertEquals(assembled.pages(), updated.pages());
        assertEquals(assembled.sources(), updated.sources());
        assertEquals(assembled.bodies().keySet(), updated.bodies().keySet());
        for (Map.Entry<String, Parsed> e : assembled.bodies().entrySet()) {
            Parsed mine = updated.bodies().get(e.getKey());
            assertEquals(e.getValue().html(), mine.html(), e.getKey());
            assertEquals(e.getValue().cited(), mine.cited(), e.getKey());
            assertEquals(e.getValue().source().text().get(), mine.source().text().get(), e.getKey());
        }
    }

    @Test
    void aModelUpdatedAfterEditsToAFewFilesIsTheModelAssembledFromScratch() throws Exception {
        Content first = load();
        Problems problems = new Problems();
        preview.build(first, problems);
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());

        site.patch("-- replace content/measures/example-hotline.md --\nTakes reports\n=>\nTakes many reports\n");
        Content body = withFile(first, load(), "example-hotline.md");
        SiteModel afterBody = preview.build(body, problems);
        assertSameAsAssembled(body, afterBody);
        assertTrue(afterBody.bodies().get(afterBody.measures().get("example-hotline").file()).html().orElseThrow()
                .contains("Takes many reports"));

        site.patch("-- replace content/measures/example-hotline.md --\ntitle: State hotline\n=>\ntitle: A hotline\n");
        Content title = withFile(body, load(), "example-hotline.md");
        SiteModel afterTitle = preview.build(title, problems);
        assertSameAsAssembled(title, afterTitle);
        assertEquals("A hotline", afterTitle.measures().get("example-hotline").title());

        site.patch("-- replace content/jurisdictions/examplia/exampleton.md --\nname: Exampleton\n=>\n"
                + "name: Exampleton City\n");
        Content place = withFile(title, load(), "exampleton.md");
        SiteModel afterPlace = preview.build(place, problems);
        assertSameAsAssembled(place, afterPlace);
        assertEquals("Exampleton City", afterPlace.jurisdictions().get("exampleton").name());
        assertFalse(problems.hasErrors());
    }
}
