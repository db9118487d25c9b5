package org.locallimits.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.locallimits.build.BuildResult;
import org.locallimits.cli.Cli;
import org.locallimits.diag.Problem;
import org.locallimits.diag.Severity;
import org.locallimits.history.Git;
import org.locallimits.testing.TestSite;

/**
 * Copies of the real content: an English page that changes after its translation makes {@code check} name the
 * translation and the Spanish page say so; a page without a translation is shown in English under /es/.
 */
class StaleTranslationTest {
    private static final String EN = "content/measures/illinois-trust-act.md";
    private static final String ES = "content/measures/illinois-trust-act.es.md";

    private static Document page(TestSite site, String path) {
        try {
            return Jsoup.parse(Files.readString(site.out().resolve(path).resolve("index.html")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Problem> notes(BuildResult result) {
        return result.problems().stream().filter(p -> p.severity() == Severity.NOTE).toList();
    }

    @Test
    void changingAnEnglishPageMakesCheckReportTheStaleTranslationAndThePageShowTheNotice() {
        TestSite site = TestSite.empty().withRealContentAndTemplates();
        Git git = Git.init(site.root()).commitAll("2026-11-20T12:00:00+00:00", "content as translated");
        assertEquals(List.of(), notes(site.check()), "every translation is current before the change");

        site.patch("""
                -- replace %s --
                summary: A state law that bars Illinois police
                =>
                summary: A state law that forbids Illinois police
                """.formatted(EN));
        git.commitAll("2026-11-25T09:30:00+00:00", "the English summary changes");

        BuildResult check = site.check();
        assertTrue(check.ok(), () -> check.problems().toString());
        List<Problem> notes = notes(check);
        assertEquals(1, notes.size(), () -> notes.toString());
        assertEquals(ES, notes.get(0).pos().file());
        assertEquals("the translation may be out of date: " + EN + " changed since (summary)",
                notes.get(0).message());
        assertEquals("update the translation, then run `explainer translated " + ES + "`", notes.get(0).hint());

        assertTrue(site.build().ok());
        Document stale = page(site, "es/measures/illinois-trust-act");
        Element notice = stale.selectFirst("main > .translation-notice");
        assertNotNull(notice, "the stale page has a notice");
        assertEquals("note", notice.attr("role"));
        assertEquals("Esta traducción puede estar desactualizada. La página en inglés cambió el 25 de noviembre de "
                + "2026. Ver la página en inglés Qué cambió: resumen.", notice.text());
        assertEquals("2026-11-25", notice.selectFirst("time").attr("datetime"));
        Element english = notice.selectFirst("a");
        assertEquals("../../../measures/illinois-trust-act/", english.attr("href"));
        assertEquals("en", english.attr("hreflang"));
        // The notice opens the main content, and only the stale page has one.
        assertEquals(notice, stale.selectFirst("main").child(0));
        assertTrue(page(site, "es/measures/illinois-way-forward-act").select(".translation-notice").isEmpty());
        assertTrue(page(site, "measures/illinois-trust-act").select(".translation-notice").isEmpty());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "translated",
                "--content", site.content().toString(), site.root().resolve(ES).toString());
        assertEquals(0, code, () -> out + "\n" + err);
        assertEquals(List.of(), notes(site.check()), "after `translated` the translation is current again");
        assertTrue(site.build().ok());
        assertTrue(page(site, "es/measures/illinois-trust-act").select(".translation-notice").isEmpty());
    }

    @Test
    void anUntranslatedPageFallsBackToEnglishWithANoticeAndStaysOutOfTheSpanishSearchIndex() throws IOException {
        TestSite site = TestSite.empty().withRealContentAndTemplates().patch("""
                -- content/limits/section-1373.es.md --
                (delete)
                """);
        BuildResult result = site.build();
        assertTrue(result.ok(), () -> result.problems().toString());

        Document doc = page(site, "es/limits/section-1373");
        assertEquals("es", doc.selectFirst("html").attr("lang"), "the interface stays Spanish");
        Element notice = doc.selectFirst("main > .translation-notice.notice-fallback");
        assertNotNull(notice);
        assertEquals("Esta página todavía no está traducida, así que se muestra en inglés. Ver la página en inglés",
                notice.text());
        assertEquals("en", doc.selectFirst("h1").attr("lang"));
        assertTrue(doc.selectFirst("h1").text().contains("1373"));
        assertEquals("en", doc.selectFirst("article .body").attr("lang"));
        assertEquals("en", doc.selectFirst("article .lede").attr("lang"));
        assertEquals("Límite legal", doc.selectFirst(".kicker").text());
        assertFalse(doc.selectFirst("article .kicker").hasAttr("lang"));
        assertEquals(List.of(), SpanishEditionTest.leaks(doc, SpanishEditionTest.englishOnly()),
                "only the marked English content is English");

        String spanishIndex = Files.readString(site.out().resolve("es/search/index.json"));
        String englishIndex = Files.readString(site.out().resolve("search/index.json"));
        assertFalse(spanishIndex.contains("\"u\":\"limits/section-1373/\""), "left out of the Spanish index");
        assertTrue(spanishIndex.contains("\"u\":\"limits/anti-commandeering/\""));
        assertTrue(englishIndex.contains("\"u\":\"limits/section-1373/\""));
        // Other pages are untouched.
        assertTrue(page(site, "es/limits/anti-commandeering").select(".translation-notice").isEmpty());
    }

    @Test
    void officialsRolesAreTranslatedAndAChangedEnglishRoleMakesTheTranslationStale() {
        TestSite site = TestSite.empty().withRealContentAndTemplates();
        Git git = Git.init(site.root()).commitAll("2026-11-20T12:00:00+00:00", "content as translated");
        assertEquals(List.of(), notes(site.check()));
        assertTrue(site.build().ok());
        assertEquals(List.of("Bruce Rauner, gobernador de Illinois (firmó la ley)",
                        "Lindsay C. Jenkins, jueza federal de distrito, Distrito Norte de Illinois "
                                + "(desestimó la demanda de 2025)"),
                page(site, "es/measures/illinois-trust-act").select(".officials li").eachText());
        assertEquals("Bruce Rauner, Governor of Illinois (signed the law)",
                page(site, "measures/illinois-trust-act").selectFirst(".officials li").text());

        site.patch("""
                -- replace %s --
                    role: Governor of Illinois (signed the law)
                =>
                    role: Governor of Illinois (signed the law in 2017)
                """.formatted(EN));
        git.commitAll("2026-11-25T09:30:00+00:00", "an English role changes");
        List<Problem> notes = notes(site.check());
        assertEquals(1, notes.size(), () -> notes.toString());
        assertEquals("the translation may be out of date: " + EN + " changed since (officials)",
                notes.get(0).message());
        assertTrue(site.build().ok());
        assertTrue(page(site, "es/measures/illinois-trust-act").selectFirst("main > .translation-notice").text()
                .endsWith("Qué cambió: cargos de las personas involucradas."));
    }

    @Test
    void aTranslationWithoutARoleForEveryOfficialIsANoteAtItsListAndThePageShowsTheEnglishRoles() {
        TestSite site = TestSite.empty().withRealContentAndTemplates().patch("""
                -- replace %s --
                  - jueza federal de distrito, Distrito Norte de Illinois (desestimó la demanda de 2025)
                =>
                """.formatted(ES));
        BuildResult result = site.build();
        assertTrue(result.ok(), () -> result.problems().toString());
        List<Problem> notes = notes(result);
        assertEquals(1, notes.size(), () -> notes.toString());
        Problem note = notes.get(0);
        assertEquals(ES, note.pos().file());
        assertEquals(18, note.pos().line(), "at the list, not the file");
        assertEquals("`official_roles` has 1 item but the English page has 2, so the es page shows this list in "
                + "English", note.message());
        assertEquals("translate each item of the English list, in the same order", note.hint());
        Element officials = page(site, "es/measures/illinois-trust-act").selectFirst(".officials");
        assertEquals("en", officials.attr("lang"));
        assertEquals("Bruce Rauner, Governor of Illinois (signed the law)", officials.selectFirst("li").text(),
                "not the first Spanish role beside the first official and the English beside the second");
        assertFalse(page(site, "es/measures/illinois-trust-act").selectFirst(".timeline li span").hasAttr("lang"),
                "the events, still translated, are not marked");
    }

    @Test
    void anEventAddedInEnglishBuildsAndIsShownInEnglishOnTheSpanishPagesUntilTranslated() throws IOException {
        TestSite site = TestSite.empty().withRealContentAndTemplates();
        Git git = Git.init(site.root()).commitAll("2026-11-20T12:00:00+00:00", "content as translated");
        site.patch("""
                -- replace %s --
                events:
                =>
                events:
                  - date: 2026-12-01
                    kind: ruling
                    summary: A made-up test event.
                    sources: [ilga-pa-100-0463-trust-act]
                """.formatted(EN));
        git.commitAll("2026-11-25T09:30:00+00:00", "an English event is added");
        BuildResult result = site.build();
        assertTrue(result.ok(), () -> result.problems().toString());
        assertTrue(notes(result).stream().anyMatch(n -> n.pos().file().equals(ES) && n.message().equals(
                "`event_summaries` has 4 items but the English page has 5, so the es page shows this list in English")),
                () -> "notes: " + notes(result));

        Document es = page(site, "es/measures/illinois-trust-act");
        List<Element> events = es.select(".timeline li > span:not(.event-kind)");
        assertEquals(5, events.size());
        assertTrue(events.stream().allMatch(e -> e.attr("lang").equals("en")), events::toString);
        assertEquals("A made-up test event.", events.get(events.size() - 1).text());
        String notice = es.selectFirst("main > .translation-notice").text();
        assertTrue(notice.endsWith("Qué cambió: acontecimientos."), notice);
        assertFalse(es.selectFirst(".officials").hasAttr("lang"), "the roles are still translated");
        assertFalse(page(site, "measures/illinois-trust-act").select(".timeline li span[lang]").hasText(),
                "nothing is marked on the English page");

        Element onTimeline = page(site, "es/timeline").select("li").stream()
                .filter(li -> li.text().endsWith("A made-up test event.")).findFirst().orElseThrow();
        assertEquals("en", onTimeline.selectFirst("span[lang]").attr("lang"));
        assertFalse(onTimeline.selectFirst("a").hasAttr("lang"), "the measure's title is translated");
        List<Element> others = page(site, "es/timeline").select("ol li").stream()
                .filter(li -> !li.selectFirst("a").attr("href").contains("illinois-trust-act")).toList();
        assertTrue(others.size() > 20);
        assertTrue(others.stream().allMatch(li -> li.select("[lang]").isEmpty()), "other measures' events");
    }

    @Test
    void anUntranslatedMeasureIsMarkedAsEnglishInTheListingsAndOnTheUpdatesPageAndFeed() throws IOException {
        TestSite site = TestSite.empty().withRealContentAndTemplates().patch("""
                -- content/measures/illinois-trust-act.es.md --
                (delete)
                """);
        assertTrue(site.build().ok());
        Document state = page(site, "es/jurisdictions/illinois");
        Element card = state.select(".card").stream()
                .filter(c -> c.selectFirst(".card-title a").attr("href").contains("illinois-trust-act"))
                .findFirst().orElseThrow();
        assertEquals("en", card.selectFirst(".card-title").attr("lang"));
        assertEquals("en", card.selectFirst(".card-summary").attr("lang"));
        assertTrue(state.select(".card-title[lang]").size() == 1, "only the untranslated measure's card");
        assertTrue(page(site, "jurisdictions/illinois").select("[lang]").stream()
                .noneMatch(e -> e.closest(".card") != null), "nothing is marked on the English page");

        Element update = Jsoup.parse(Files.readString(site.out().resolve("es/updates/index.html")))
                .getElementById("measure-illinois-trust-act-2026-11-26");
        assertEquals("en", update.selectFirst("a").attr("lang"));
        assertEquals("Page created.", update.selectFirst("span[lang=en]").text());
        String feed = Files.readString(site.out().resolve("es/feed.xml"));
        assertTrue(feed.contains("<summary xml:lang=\"en\">Page created.</summary>"), feed);
        assertFalse(Files.readString(site.out().resolve("feed.xml")).contains("<summary xml:lang="));
    }

    @Test
    void theOfficialsOfAnUntranslatedMeasureAreMarkedAsEnglish() {
        TestSite site = TestSite.empty().withRealContentAndTemplates().patch("""
                -- content/measures/illinois-trust-act.es.md --
                (delete)
                """);
        assertTrue(site.build().ok());
        Element officials = page(site, "es/measures/illinois-trust-act").selectFirst(".officials");
        assertEquals("en", officials.attr("lang"));
        assertFalse(page(site, "es/measures/illinois-way-forward-act").selectFirst(".officials").hasAttr("lang"));
    }

    @Test
    void updateSummariesAreTranslatedOnTheUpdatesPageAndFeedAndAChangedOneMakesTheTranslationStale()
            throws IOException {
        TestSite site = TestSite.empty().withRealContentAndTemplates();
        Git git = Git.init(site.root()).commitAll("2026-11-20T12:00:00+00:00", "content as translated");
        assertTrue(site.build().ok());
        Element item = Jsoup.parse(Files.readString(site.out().resolve("es/updates/index.html")))
                .getElementById("measure-illinois-trust-act-2026-11-26");
        assertNotNull(item);
        assertTrue(item.text().endsWith(": Página creada."), item.text());
        String feed = Files.readString(site.out().resolve("es/feed.xml"));
        assertTrue(feed.contains("<summary>Página creada.</summary>"));
        assertFalse(feed.contains("Page created."));

        site.patch("""
                -- replace %s --
                    summary: Page created.
                =>
                    summary: Page created from the 2017 law.
                """.formatted(EN));
        git.commitAll("2026-11-25T09:30:00+00:00", "an English update note changes");
        List<Problem> notes = notes(site.check());
        assertEquals(List.of("the translation may be out of date: " + EN + " changed since (updates)"),
                notes.stream().map(Problem::message).toList());
    }
}
