package org.locallimits.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
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

    /** Translations are kept like pages, and read again when their file or their English page changes. */
    @Test
    void aTranslationIsKeptWhileItsFileAndItsEnglishPageAreAsTheyWere() throws Exception {
        TestSite real = TestSite.empty().withRealContentAndTemplates();
        Instant hourAgo = Instant.now().minusSeconds(3600);
        try (var files = Files.walk(real.content())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(hourAgo));
            }
        }
        PageMemo pages = new PageMemo();
        String slug = "california-no-secret-police-act";
        java.util.function.Supplier<Translation> load = () -> {
            Problems problems = new Problems();
            Content english = new ContentLoader(real.content(), "content", Optional.empty(), Optional.of(pages))
                    .load(false, problems);
            java.util.List<Translation> all = new TranslationLoader(real.content(), "content", Optional.empty(),
                    Optional.of(pages)).load(english, problems);
            assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
            return all.stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
        };
        Translation first = load.get();
        assertSame(first, load.get(), "an unchanged translation is not read again");

        Path spanish = real.content().resolve("measures/" + slug + ".es.md");
        Files.writeString(spanish, Files.readString(spanish).replace("prohibición de máscaras",
                "prohibición de las máscaras"));
        Files.setLastModifiedTime(spanish, FileTime.from(hourAgo.plusSeconds(1)));
        Translation edited = load.get();
        assertTrue(edited.texts().get("title").contains("de las máscaras"), edited.texts().toString());

        Path english = real.content().resolve("measures/" + slug + ".md");
        Files.writeString(english, Files.readString(english).replace("mask ban for officers", "officers' masks"));
        Files.setLastModifiedTime(english, FileTime.from(hourAgo.plusSeconds(1)));
        assertNotSame(edited, load.get(), "a translation is checked again against its changed English page");
    }
}
