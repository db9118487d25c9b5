package org.locallimits.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locallimits.diag.Problems;
import org.locallimits.testing.TestSite;

/** The preview's memory of loaded pages: used for files not modified since, never for a file just saved. */
class PageMemoTest {
    private final TestSite site = TestSite.mini();
    private final PageMemo memo = new PageMemo();
    private final Path about = site.content().resolve("pages/about.md");

    private String aboutTitle() {
        Problems problems = new Problems();
        Content c = new ContentLoader(site.content(), "content", Optional.empty(), Optional.of(memo))
                .load(false, problems);
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
        return c.pages().stream().filter(p -> p.slug().equals("about")).findFirst().orElseThrow().title();
    }

    private void write(String title, Instant modified) throws Exception {
        Files.writeString(about, Files.readString(about).replaceFirst("title: .*", "title: " + title));
        Files.setLastModifiedTime(about, FileTime.from(modified));
    }

    @Test
    void aFileWithTheSameTimeAndSizeIsNotReadAgain() throws Exception {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        write("About1", hourAgo);
        assertEquals("About1", aboutTitle());
        write("About2", hourAgo); // same size, same time: indistinguishable without reading, so the memo answers
        assertEquals("About1", aboutTitle());
        write("About2", hourAgo.plusMillis(1));
        assertEquals("About2", aboutTitle(), "a new modification time is a change");
        write("About 3", hourAgo.plusMillis(1));
        assertEquals("About 3", aboutTitle(), "a new size is a change");
    }

    @Test
    void aFileSavedInTheLastSecondIsReadEveryTime() throws Exception {
        Instant now = Instant.now();
        write("AboutA", now);
        assertEquals("AboutA", aboutTitle());
        write("AboutB", now); // two saves within one step of the file clock
        assertEquals("AboutB", aboutTitle());
    }
}
