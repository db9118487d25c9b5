package org.locallimits.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.locallimits.testing.TestSite;
import org.w3c.dom.Element;

/**
 * The updates page and the Atom feeds are built from the content files' {@code updates} lists: every feed is valid
 * Atom (schema and RFC 4287 rules), holds exactly the expected entries in order, and every entry id is an anchor
 * on the updates page.
 */
class FeedsTest {
    /** The mini fixture (one update) plus updates on a city, a state measure and a page, with characters to escape. */
    private static TestSite site() {
        TestSite site = TestSite.mini().patch("""
                -- replace content/jurisdictions/examplia/exampleton.md --
                sources: [code-chapter-9]
                =>
                sources: [code-chapter-9]
                updates:
                  - date: 2026-01-29
                    summary: Added the <b>council's</b> "vote" & its date.
                -- replace content/measures/example-hotline.md --
                last_verified: 2026-01-30
                =>
                last_verified: 2026-01-30
                updates:
                  - date: 2026-01-15
                    summary: Second change.
                  - date: 2026-01-15
                    summary: First change.
                -- replace content/pages/about.md --
                summary: About the fixture.
                =>
                summary: About the fixture.
                updates:
                  - date: 2026-01-20
                    summary: =Rewrote the introduction.
                """);
        assertTrue(site.build().ok(), () -> site.build().problems().toString());
        return site;
    }

    private record Entry(String id, String title, String link, String updated, String summary) {
    }

    private static final String BASE = "https://example.org/mini/";
    private static final Entry ORDINANCE = new Entry(BASE + "updates/#measure-exampleton-ordinance-2026-01-30",
            "Exampleton's \"welcoming\" ordinance: Page created.", BASE + "measures/exampleton-ordinance/",
            "2026-01-30T00:00:00Z", "Page created.");
    private static final Entry CITY = new Entry(BASE + "updates/#jurisdiction-exampleton-2026-01-29",
            "Exampleton: Added the <b>council's</b> \"vote\" & its date.", BASE + "jurisdictions/exampleton/",
            "2026-01-29T00:00:00Z", "Added the <b>council's</b> \"vote\" & its date.");
    private static final Entry ABOUT = new Entry(BASE + "updates/#page-about-2026-01-20",
            "About: =Rewrote the introduction.", BASE + "about/", "2026-01-20T00:00:00Z", "=Rewrote the introduction.");
    private static final Entry HOTLINE_2 = new Entry(BASE + "updates/#measure-example-hotline-2026-01-15-2",
            "State hotline: Second change.", BASE + "measures/example-hotline/", "2026-01-15T00:00:00Z",
            "Second change.");
    private static final Entry HOTLINE_1 = new Entry(BASE + "updates/#measure-example-hotline-2026-01-15",
            "State hotline: First change.", BASE + "measures/example-hotline/", "2026-01-15T00:00:00Z",
            "First change.");

    @Test
    void theSiteFeedIsValidAtomWithEveryUpdateNewestFirst() throws Exception {
        byte[] xml = Files.readAllBytes(site().out().resolve("feed.xml"));
        assertEquals(List.of(), AtomRules.violations(xml));
        Element feed = AtomRules.parse(xml).getDocumentElement();
        assertEquals(BASE + "feed.xml", AtomRules.text(feed, "id"));
        assertEquals("2026-01-30T00:00:00Z", AtomRules.text(feed, "updated"), "the newest entry's date");
        assertEquals("Mini Limits", AtomRules.text(AtomRules.children(feed, "author").get(0), "name"));
        assertEquals(List.of(ORDINANCE, CITY, ABOUT, HOTLINE_2, HOTLINE_1), entries(xml));
    }

    @Test
    void aPlacesFeedHoldsItsOwnChangesAndThoseOfItsMeasuresAndThePlacesWithinIt() throws Exception {
        TestSite site = site();
        Map<String, List<Entry>> expected = Map.of(
                "examplia", List.of(ORDINANCE, CITY, HOTLINE_2, HOTLINE_1),
                "example-county", List.of(ORDINANCE, CITY),
                "exampleton", List.of(ORDINANCE, CITY));
        for (var e : expected.entrySet()) {
            byte[] xml = Files.readAllBytes(site.out().resolve("jurisdictions/" + e.getKey() + "/feed.xml"));
            assertEquals(List.of(), AtomRules.violations(xml), e.getKey());
            assertEquals(e.getValue(), entries(xml), e.getKey());
            Element feed = AtomRules.parse(xml).getDocumentElement();
            assertEquals(BASE + "jurisdictions/" + e.getKey() + "/feed.xml", AtomRules.text(feed, "id"));
        }
    }

    @Test
    void aFeedWithNoEntriesIsStillValidAndDatedByTheSite() throws Exception {
        TestSite site = TestSite.mini().patch("""
                -- replace content/measures/exampleton-ordinance.md --
                updates:
                  - date: 2026-01-30
                    summary: Page created.
                =>
                """);
        assertTrue(site.build().ok(), () -> site.build().problems().toString());
        byte[] xml = Files.readAllBytes(site.out().resolve("feed.xml"));
        assertEquals(List.of(), AtomRules.violations(xml));
        assertEquals(List.of(), entries(xml));
        assertEquals("2026-01-31T00:00:00Z", AtomRules.text(AtomRules.parse(xml).getDocumentElement(), "updated"));
    }

    @Test
    void theRulesRejectAFeedWithoutAnIdOrWithADuplicateEntry() throws Exception {
        String ok = Files.readString(site().out().resolve("feed.xml"));
        String noId = ok.replaceFirst("<id>[^<]*</id>", "");
        assertTrue(AtomRules.violations(noId.getBytes(StandardCharsets.UTF_8)).stream()
                .anyMatch(v -> v.contains("0 atom:id elements")), "a feed without atom:id is invalid");
        String twice = ok.replace("#page-about-2026-01-20", "#measure-exampleton-ordinance-2026-01-30");
        assertTrue(AtomRules.violations(twice.getBytes(StandardCharsets.UTF_8)).stream()
                .anyMatch(v -> v.contains("not unique")), "duplicate entry ids are invalid");
        String badDate = ok.replace("2026-01-29T00:00:00Z", "2026-01-29");
        assertFalse(AtomRules.violations(badDate.getBytes(StandardCharsets.UTF_8)).isEmpty(),
                "a date without a time is not an RFC 3339 date-time");
    }

    @Test
    void everyFeedEntryIsAnAnchorOnTheUpdatesPageLinkingToTheChangedPage() throws Exception {
        TestSite site = site();
        var page = Jsoup.parse(Files.readString(site.out().resolve("updates/index.html")));
        for (Entry e : entries(Files.readAllBytes(site.out().resolve("feed.xml")))) {
            String anchor = e.id().substring(e.id().indexOf('#') + 1);
            var li = page.getElementById(anchor);
            assertTrue(li != null, "no element with id " + anchor);
            String href = li.selectFirst("a").attr("href");
            assertEquals(e.link(), java.net.URI.create(BASE + "updates/").resolve(href).toString(),
                    "the entry's link on the updates page leads to the changed page");
            assertTrue(li.text().endsWith(e.summary()), li.text());
        }
        var head = Jsoup.parse(Files.readString(site.out().resolve("jurisdictions/exampleton/index.html")));
        assertEquals("../../feed.xml", head.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
    }

    private static List<Entry> entries(byte[] xml) throws Exception {
        List<Entry> out = new ArrayList<>();
        for (Element e : AtomRules.children(AtomRules.parse(xml).getDocumentElement(), "entry")) {
            out.add(new Entry(AtomRules.text(e, "id"), AtomRules.text(e, "title"),
                    AtomRules.children(e, "link").get(0).getAttribute("href"), AtomRules.text(e, "updated"),
                    AtomRules.text(e, "summary")));
        }
        return out;
    }
}
