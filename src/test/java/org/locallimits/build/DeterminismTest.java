package org.locallimits.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.locallimits.history.Git;
import org.locallimits.testing.TestSite;

/** The same inputs give byte-identical output, whatever the time zone, locale or run. */
class DeterminismTest {

    @Test
    void twoBuildsInDifferentTimeZonesAndLocalesAreByteIdentical() {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Map<String, byte[]> first = buildRealSite();
            TimeZone.setDefault(TimeZone.getTimeZone("America/Adak"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            Map<String, byte[]> second = buildRealSite();
            assertEquals(first.keySet(), second.keySet());
            assertTrue(first.size() > 50, "the real site has many files");
            first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    /**
     * Two separate checkouts of the same commits, built in different time zones and locales, give the same bytes,
     * including the git dates, the feeds and the data files. The newest commit is late in the evening at -10:00,
     * already the next day in UTC: its date is the committer's own, so it does not move with the machine's zone.
     */
    @Test
    void buildsOfTwoCheckoutsOfTheSameCommitsAreByteIdenticalWithGitDatesFeedsAndData() {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            Map<String, byte[]> first = buildCheckout();
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
            Locale.setDefault(Locale.forLanguageTag("hi-IN"));
            Map<String, byte[]> second = buildCheckout();
            assertEquals(first.keySet(), second.keySet());
            for (String file : List.of("feed.xml", "jurisdictions/oregon/feed.xml", "updates/index.html",
                    "data/measures.json", "data/measures.csv", "data/events.csv", "data/sources.json", "sitemap.xml")) {
                assertTrue(first.containsKey(file), file);
            }
            String sitemap = new String(first.get("sitemap.xml"), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(sitemap.contains("<lastmod>2026-03-01</lastmod>"), sitemap);
            first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    private static Map<String, byte[]> buildCheckout() {
        TestSite site = TestSite.empty().withRealContentAndTemplates();
        Git git = Git.init(site.root()).commitAll("2025-12-31T08:00:00+00:00", "content");
        site.write("content/pages/about.md", (readString(site.content().resolve("pages/about.md")) + "\nMore.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        git.commitAll("2026-03-01T23:30:00-10:00", "edit about");
        assertTrue(site.build().ok(), () -> site.check().problems().toString());
        Map<String, byte[]> tree = TestSite.tree(site.out());
        tree.remove(Path.of(".explainer-output").toString());
        return tree;
    }

    private static String readString(Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> buildRealSite() {
        TestSite site = TestSite.empty().withRealContentAndTemplates();
        assertTrue(site.build().ok(), () -> site.check().problems().toString());
        Map<String, byte[]> tree = TestSite.tree(site.out());
        tree.remove(Path.of(".explainer-output").toString());
        return tree;
    }
}
