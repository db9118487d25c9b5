package org.locallimits.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locallimits.testing.TestSite;

/** "Last changed" dates come from the newest commit touching each content file, and nothing outside git. */
class GitHistoryTest {

    @Test
    void keepsTheNewestDatePerFileWhateverTheOrderOfCommits() {
        String log = "\u00012026-03-04\0\nmeasures/a.md\0pages/odd name, \"quoted\".md\0"
                + "\u00012026-05-06\0\nmeasures/a.md\0"
                + "\u00012025-01-01\0\nmeasures/b.md\0measures/a.md\0";
        ChangeDates dates = GitHistory.parse(log, "content/");
        assertEquals(Map.of("content/measures/a.md", LocalDate.of(2026, 5, 6),
                "content/pages/odd name, \"quoted\".md", LocalDate.of(2026, 3, 4),
                "content/measures/b.md", LocalDate.of(2025, 1, 1)), dates.byFile());
    }

    @Test
    void readsTheCommitDateOfTheNewestCommitTouchingEachFile(@TempDir Path repo) throws Exception {
        Path content = repo.resolve("content");
        Files.createDirectories(content.resolve("measures"));
        Files.writeString(content.resolve("measures/a.md"), "one");
        Files.writeString(content.resolve("measures/b.md"), "one");
        Files.writeString(repo.resolve("outside.md"), "one");
        Git git = Git.init(repo).commitAll("2025-02-03T23:30:00-08:00", "first");
        Files.writeString(content.resolve("measures/a.md"), "two");
        Files.writeString(repo.resolve("outside.md"), "two");
        git.commitAll("2025-06-07T10:00:00+02:00", "second");
        Files.writeString(content.resolve("measures/c.md"), "never committed");

        ChangeDates dates = GitHistory.read(content, "content");
        // The committer's own date (not UTC): 23:30 at -08:00 stays 2025-02-03.
        assertEquals(Map.of("content/measures/a.md", LocalDate.of(2025, 6, 7),
                "content/measures/b.md", LocalDate.of(2025, 2, 3)), dates.byFile());
    }

    @Test
    void thePreviewReadsHistoryAgainOnlyWhenTheCurrentCommitMoves(@TempDir Path repo) throws Exception {
        Path content = repo.resolve("content");
        Files.createDirectories(content.resolve("measures"));
        Files.writeString(content.resolve("measures/a.md"), "one");
        Git git = Git.init(repo).commitAll("2025-02-03T12:00:00+00:00", "first");
        HistoryMemo memo = new HistoryMemo();
        ChangeDates first = memo.read(content, "content");
        Files.writeString(content.resolve("measures/a.md"), "edited, not committed");
        assertSame(first, memo.read(content, "content"), "an edit moves no date until it is committed");

        git.commitAll("2025-06-07T12:00:00+00:00", "second");
        assertEquals(Map.of("content/measures/a.md", LocalDate.of(2025, 6, 7)), memo.read(content, "content").byFile());
        git.run("2025-06-08T12:00:00+00:00", "pack-refs", "--all");
        Files.writeString(content.resolve("measures/a.md"), "three");
        git.commitAll("2025-07-08T12:00:00+00:00", "third");
        git.run("2025-07-08T12:00:00+00:00", "pack-refs", "--all");
        assertEquals(Map.of("content/measures/a.md", LocalDate.of(2025, 7, 8)), memo.read(content, "content").byFile(),
                "a branch whose commit is in packed-refs");
        git.run("2025-07-09T12:00:00+00:00", "checkout", "-q", "--detach", "HEAD~1");
        assertEquals(Map.of("content/measures/a.md", LocalDate.of(2025, 6, 7)), memo.read(content, "content").byFile(),
                "a detached checkout");
    }

    @Test
    void givesNoDatesOutsideAGitCheckout(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "x");
        assertEquals(ChangeDates.none(), GitHistory.read(dir, "content"));
        assertEquals(ChangeDates.none(), GitHistory.read(dir.resolve("missing"), "content"));
    }

    @Test
    void pagesShowWhenTheirFileLastChangedAndTheSitemapUsesTheSameDate() throws Exception {
        TestSite site = TestSite.mini();
        Git git = Git.init(site.root()).commitAll("2026-01-05T12:00:00+00:00", "fixture");
        site.patch("""
                -- replace content/measures/example-hotline.md --
                Takes reports
                =>
                Takes phone reports
                """);
        git.commitAll("2026-02-14T09:00:00+00:00", "edit the hotline");
        assertTrue(site.build().ok());

        String hotline = Files.readString(site.out().resolve("measures/example-hotline/index.html"));
        assertTrue(hotline.contains("Verified January 30, 2026.") && hotline.contains("Changed February 14, 2026."),
                "last verified (declared) and last changed (git) are both shown, and differ: " + hotline);
        String ordinance = Files.readString(site.out().resolve("measures/exampleton-ordinance/index.html"));
        assertTrue(ordinance.contains("Changed January 5, 2026."), ordinance);
        String home = Files.readString(site.out().resolve("index.html"));
        assertTrue(!home.contains("Changed "), "pages not made from one content file show no such date");

        Path sitemap = site.out().resolve("sitemap.xml");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(GitHistoryTest.class.getResource("/xml/sitemap.xsd")).newValidator()
                .validate(new StreamSource(sitemap.toFile()));
        var urls = Jsoup.parse(Files.readString(sitemap), "", org.jsoup.parser.Parser.xmlParser()).select("url");
        Map<String, String> lastmod = new java.util.TreeMap<>();
        urls.forEach(u -> lastmod.put(u.selectFirst("loc").text(),
                u.selectFirst("lastmod") == null ? "" : u.selectFirst("lastmod").text()));
        assertEquals("2026-02-14", lastmod.get("https://example.org/mini/measures/example-hotline/"));
        assertEquals("2026-01-05", lastmod.get("https://example.org/mini/measures/exampleton-ordinance/"));
        assertEquals("2026-01-05", lastmod.get("https://example.org/mini/about/"));
        assertEquals("", lastmod.get("https://example.org/mini/"), "the home page has no content file");
    }

    @Test
    void withoutGitHistoryTheSiteShowsNoLastChangedDate() {
        TestSite site = TestSite.mini();
        assertTrue(site.build().ok());
        Map<String, byte[]> tree = TestSite.tree(site.out());
        tree.forEach((path, bytes) -> {
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(!text.contains("Changed ") && !text.contains("<lastmod>"), path);
        });
    }
}
