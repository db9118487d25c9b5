package org.locallimits.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locallimits.content.ChangedFiles;
import org.locallimits.testing.TestSite;

/**
 * The preview server's incremental rebuild gives exactly the files a full build gives, after every edit,
 * addition, rename and deletion, while rendering only the pages an edit affects.
 */
class PreviewBuilderTest {
    private final TestSite site = TestSite.mini();
    private final PreviewBuilder preview;

    PreviewBuilderTest() throws Exception {
        preview = new PreviewBuilder(site.root(), new BuildOptions(site.content(), site.templates(), Optional.empty(),
                Optional.of("http://127.0.0.1:8000/"), false));
    }

    private void assertSameAsFullBuild(String step) throws Exception {
        assertSameAsFullBuild(site, preview, step);
    }

    private static void assertSameAsFullBuild(TestSite site, PreviewBuilder preview, String step) throws Exception {
        var full = new SiteBuilder(site.root()).build(new BuildOptions(site.content(), site.templates(),
                Optional.of(site.out()), Optional.of("http://127.0.0.1:8000/"), false));
        assertTrue(full.ok(), step + ": " + full.problems());
        Map<String, byte[]> expected = new TreeMap<>(TestSite.tree(site.out()));
        expected.remove(".explainer-output");
        Map<String, byte[]> actual = new TreeMap<>(preview.site());
        assertEquals(expected.keySet(), actual.keySet(), step);
        for (String path : expected.keySet()) {
            assertEquals(new String(expected.get(path), StandardCharsets.UTF_8),
                    new String(actual.get(path), StandardCharsets.UTF_8), step + ": " + path);
        }
    }

    private PreviewBuilder.Outcome rebuild() {
        PreviewBuilder.Outcome o = preview.rebuild();
        assertTrue(o.ok(), o.problems().toString());
        return o;
    }

    /** Whether the series below tells the builder which files changed, as the watcher does. */
    private boolean watched;

    /** A rebuild told that {@code files} (relative to the site's root) changed, when the series is watched. */
    private PreviewBuilder.Outcome rebuild(String... files) {
        if (!watched) return rebuild();
        PreviewBuilder.Outcome o = preview.rebuild(ChangedFiles.of(
                java.util.Arrays.stream(files).map(f -> site.root().resolve(f)).toList()));
        assertTrue(o.ok(), o.problems().toString());
        return o;
    }

    @ParameterizedTest(name = "told which files changed: {0}")
    @ValueSource(booleans = {false, true})
    void incrementalRebuildsMatchAFullBuildThroughASeriesOfChanges(boolean watched) throws Exception {
        this.watched = watched;
        PreviewBuilder.Outcome first = preview.rebuild();
        assertEquals(first.pages(), first.rendered(), "the first build renders everything");
        assertSameAsFullBuild("first build");

        site.patch("-- replace content/measures/example-hotline.md --\nTakes reports\n=>\nTakes many reports\n");
        PreviewBuilder.Outcome edit = rebuild("content/measures/example-hotline.md");
        assertTrue(edit.renderedPages().contains("measures/example-hotline/index.html"));
        for (String untouched : new String[] {"measures/exampleton-ordinance/index.html", "about/index.html",
                "limits/anti-commandeering/index.html", "jurisdictions/exampleton/index.html"}) {
            assertFalse(edit.renderedPages().contains(untouched), "a body edit does not re-render " + untouched);
        }
        assertFalse(edit.renderedPages().contains("data/measures.json"), "open data shows no body");
        assertFalse(edit.renderedPages().contains("feed.xml"), "the feed shows no body");
        assertFalse(edit.renderedPages().contains("sources/index.html"), "the citations stayed the same");
        assertTrue(edit.changedFiles().contains("measures/example-hotline/index.html"), edit.changedFiles().toString());
        assertFalse(edit.changedFiles().contains("about/index.html"), "only changed files are listed");
        assertTrue(edit.changedFiles().contains("search/index.json"), "the body's words are indexed");
        assertSameAsFullBuild("body edit");

        site.patch("-- replace content/measures/example-hotline.md --\nTakes many reports\n=>\n"
                + "Takes many reports, under the city code [@code-chapter-9]\n");
        PreviewBuilder.Outcome cited = rebuild("content/measures/example-hotline.md");
        assertTrue(cited.renderedPages().contains("data/measures.json"), "a new citation shows in the open data");
        assertTrue(cited.renderedPages().contains("sources/index.html"), "and on the sources page");
        assertSameAsFullBuild("citation added to a body");

        site.patch("-- replace content/measures/exampleton-ordinance.md --\ntitle: \"Exampleton's \\\"welcoming\\\" "
                + "ordinance\"\n=>\ntitle: Exampleton welcoming ordinance\n");
        rebuild("content/measures/exampleton-ordinance.md");
        assertSameAsFullBuild("title edit");

        site.patch("-- replace content/measures/exampleton-ordinance.md --\ndoctrines: [anti-commandeering]\n=>\n"
                + "doctrines: []\n");
        rebuild("content/measures/exampleton-ordinance.md");
        assertSameAsFullBuild("doctrine removed");

        site.patch("-- replace content/sources.yaml --\n  publisher: Examplia Gazette\n=>\n  publisher: The Gazette\n");
        PreviewBuilder.Outcome source = rebuild("content/sources.yaml");
        assertTrue(source.rendered() < source.pages(), "a source edit re-renders the pages citing it");
        assertSameAsFullBuild("source edit");

        site.patch("""
                -- content/pages/contact.md --
                ---
                title: Contact
                summary: How to reach us.
                ---
                Write to us.
                """);
        rebuild("content/pages/contact.md");
        assertSameAsFullBuild("page added");

        Files.move(site.content().resolve("pages/contact.md"), site.content().resolve("pages/write-to-us.md"));
        rebuild("content/pages/contact.md", "content/pages/write-to-us.md");
        assertSameAsFullBuild("page renamed");

        site.patch("-- content/pages/write-to-us.md --\n(delete)\n");
        rebuild("content/pages/write-to-us.md");
        assertSameAsFullBuild("page deleted");

        site.patch("-- replace templates/measure.ftlh --\n<h1>${measure.title}</h1>\n=>\n<h1 class=\"t\">${measure.title}</h1>\n");
        PreviewBuilder.Outcome template = rebuild("templates/measure.ftlh");
        assertFalse(template.renderedPages().contains("about/index.html"),
                "a page template edit re-renders only its pages");
        assertTrue(template.renderedPages().contains("measures/example-hotline/index.html"));
        assertSameAsFullBuild("template edit");

        site.patch("-- replace templates/base.ftlh --\n<main>\n=>\n<main class=\"m\">\n");
        rebuild("templates/base.ftlh");
        assertSameAsFullBuild("shared template edit");
    }

    /**
     * Body edits keep every page's dependencies, so the builder makes only the pages they touch and keeps the rest
     * of the last good site, search index entries included; a failed rebuild between them changes nothing of that.
     */
    @Test
    void bodyEditsInARowWithAFailedOneBetweenThemMatchAFullBuild() throws Exception {
        watched = true;
        rebuild();
        String measure = "content/measures/example-hotline.md";
        site.patch("-- replace " + measure + " --\nTakes reports\n=>\nTakes anonymous reports\n");
        PreviewBuilder.Outcome first = rebuild(measure);
        assertEquals(Set.of("measures/example-hotline/index.html", "search/index.json"), first.changedFiles());
        assertSameAsFullBuild("first body edit");

        site.patch("-- replace " + measure + " --\n[@gazette-2025-ordinance]\n=>\n[@no-such-source]\n");
        assertFalse(preview.rebuild(ChangedFiles.of(List.of(site.root().resolve(measure)))).ok(),
                "a citation of an unknown source fails the rebuild");

        site.patch("-- replace " + measure + " --\nTakes anonymous reports [@no-such-source]\n=>\n"
                + "Takes spoken reports [@gazette-2025-ordinance]\n");
        PreviewBuilder.Outcome fixed = rebuild(measure);
        assertEquals(Set.of("measures/example-hotline/index.html", "search/index.json"), fixed.changedFiles());
        assertSameAsFullBuild("body fixed after a failed rebuild");
        assertTrue(new String(preview.site().get("search/index.json"), StandardCharsets.UTF_8)
                .contains("\"spoken\""), "the new word is indexed");

        site.patch("-- replace " + measure + " --\nTakes spoken reports\n=>\nTakes reports\n");
        rebuild(measure);
        assertSameAsFullBuild("body put back as it was");
        String index = new String(preview.site().get("search/index.json"), StandardCharsets.UTF_8);
        assertFalse(index.contains("\"spoken\""), "words no page has any more are gone from the index");
    }

    /**
     * Edits inside a few files update the last model rather than assemble a new one, but what they break is
     * reported as a full build reports it: a source the edited files no longer cite, a link to a missing page.
     */
    @Test
    void editsToAFewFilesReportWhatTheyBreakAsAFullBuildDoes() throws Exception {
        watched = true;
        rebuild();
        String place = "content/jurisdictions/examplia/exampleton.md";
        String ordinance = "content/measures/exampleton-ordinance.md";
        site.patch("-- replace " + place + " --\nsources: [code-chapter-9]\n=>\nsources: [gazette-2025-ordinance]\n");
        site.patch("-- replace " + ordinance + " --\nsources: [code-chapter-9, gazette-2025-ordinance]\n=>\n"
                + "sources: [gazette-2025-ordinance]\n");
        site.patch("-- replace " + ordinance + " --\n[@code-chapter-9, § 9.1]\n=>\n[@gazette-2025-ordinance]\n");
        site.patch("-- replace " + ordinance + " --\n[@gazette-2025-ordinance; @code-chapter-9]\n=>\n"
                + "[@gazette-2025-ordinance]\n");
        PreviewBuilder.Outcome uncited = preview.rebuild(ChangedFiles.of(List.of(site.root().resolve(place),
                site.root().resolve(ordinance))));
        assertTrue(uncited.ok(), uncited.problems().toString());
        assertTrue(uncited.problems().toString().contains("`code-chapter-9` is never cited"),
                uncited.problems().toString());
        assertEquals(fullBuildProblems(), uncited.problems().toString());

        String hotline = "content/measures/example-hotline.md";
        site.patch("-- replace " + hotline + " --\nTakes reports\n=>\nTakes reports (see [the law](page:no-such-page))\n");
        PreviewBuilder.Outcome broken = preview.rebuild(ChangedFiles.of(List.of(site.root().resolve(hotline))));
        assertFalse(broken.ok(), "a link to a missing page is an error");
        assertEquals(fullBuildProblems(), broken.problems().toString());
    }

    private String fullBuildProblems() throws Exception {
        return new SiteBuilder(site.root()).build(new BuildOptions(site.content(), site.templates(),
                Optional.of(site.out()), Optional.of("http://127.0.0.1:8000/"), false)).problems().toString();
    }

    @Test
    void toldWhichFilesChangedItReadsOnlyThoseAndListsTheFolderAgainForAnythingElse() throws Exception {
        // Old enough to be taken from memory unread (files saved in the last second are always read).
        try (var files = Files.walk(site.content())) {
            for (var f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(
                        System.currentTimeMillis() - 60_000));
            }
        }
        rebuild();
        java.util.function.Function<String, ChangedFiles> told = rel -> ChangedFiles.of(
                java.util.List.of(site.content().resolve(rel)));

        // An edit the watcher did not report is not seen: that is what spares listing the folder.
        site.patch("-- replace content/pages/about.md --\nThis is a fixture.\n=>\nThis is an unreported edit.\n");
        PreviewBuilder.Outcome other = preview.rebuild(told.apply("pages/method.md"));
        assertTrue(other.ok(), other.problems().toString());
        assertFalse(new String(preview.site().get("about/index.html"), StandardCharsets.UTF_8)
                .contains("unreported edit"));
        assertTrue(preview.rebuild(ChangedFiles.UNKNOWN).ok());
        assertTrue(new String(preview.site().get("about/index.html"), StandardCharsets.UTF_8)
                .contains("unreported edit"), "unknown changes list and compare every file");

        // A new folder is listed again whole, with the files made in it before it was watched.
        site.patch("""
                -- content/jurisdictions/newstate/newstate.md --
                ---
                name: Newstate
                level: state
                postal: NS
                last_verified: 2026-01-30
                ---
                Newstate is another fictional state [@gazette-2025-ordinance].
                """);
        PreviewBuilder.Outcome folder = preview.rebuild(told.apply("jurisdictions/newstate"));
        assertTrue(folder.ok(), folder.problems().toString());
        assertTrue(preview.site().containsKey("jurisdictions/newstate/index.html"));
        assertSameAsFullBuild("folder added");

        // A stray file is reported exactly as a full listing reports it, and forgotten once deleted.
        site.write("content/measures/notes.txt", "to do".getBytes(StandardCharsets.UTF_8));
        PreviewBuilder.Outcome stray = preview.rebuild(told.apply("measures/notes.txt"));
        assertFalse(stray.ok());
        assertEquals("content/measures/notes.txt: error: unexpected file in content/",
                stray.problems().get(0).headline());
        Files.delete(site.content().resolve("measures/notes.txt"));
        PreviewBuilder.Outcome clean = preview.rebuild(told.apply("measures/notes.txt"));
        assertTrue(clean.ok(), clean.problems().toString());
        assertSameAsFullBuild("stray file deleted");
    }

    @Test
    void aTemplateEditSeenWhileTheContentIsBrokenIsRenderedOnceItIsFixed() throws Exception {
        rebuild();
        java.util.function.Function<String, ChangedFiles> told = rel -> ChangedFiles.of(
                java.util.List.of(site.root().resolve(rel)));
        site.patch("-- replace content/measures/example-hotline.md --\nstatus: proposed\n=>\nstatus: adpoted\n");
        assertFalse(preview.rebuild(told.apply("content/measures/example-hotline.md")).ok());
        // This rebuild stops at the content, before the templates are read.
        site.patch("-- replace templates/measure.ftlh --\n<h1>${measure.title}</h1>\n=>\n"
                + "<h1 class=\"t\">${measure.title}</h1>\n");
        assertFalse(preview.rebuild(told.apply("templates/measure.ftlh")).ok());
        site.patch("-- replace content/measures/example-hotline.md --\nstatus: adpoted\n=>\nstatus: proposed\n");
        PreviewBuilder.Outcome fixed = preview.rebuild(told.apply("content/measures/example-hotline.md"));
        assertTrue(fixed.ok(), fixed.problems().toString());
        assertTrue(new String(preview.site().get("measures/exampleton-ordinance/index.html"), StandardCharsets.UTF_8)
                .contains("<h1 class=\"t\">"), "the template edit is not lost");
        assertSameAsFullBuild("template edited while the content was broken");
    }

    @Test
    void aTranslationEditRebuildsItsEditionsFeedsAndData() throws Exception {
        TestSite real = TestSite.empty().withRealContentAndTemplates();
        PreviewBuilder both = new PreviewBuilder(real.root(), new BuildOptions(real.content(), real.templates(),
                Optional.empty(), Optional.of("http://127.0.0.1:8000/"), false));
        assertTrue(both.rebuild().ok());
        real.patch("""
                -- replace content/measures/illinois-trust-act.es.md --
                summary: Una ley estatal
                =>
                summary: Una ley del estado
                """);
        PreviewBuilder.Outcome edit = both.rebuild();
        assertTrue(edit.ok(), edit.problems().toString());
        assertTrue(edit.changedFiles().contains("es/data/measures.json"), edit.changedFiles().toString());
        assertFalse(edit.changedFiles().contains("data/measures.json"), "the English edition is unchanged");
        assertTrue(edit.changedFiles().contains("es/search/index.json"), "the summary is indexed");
        assertFalse(edit.changedFiles().contains("search/index.json"), "the English index is the same file");
        assertSameAsFullBuild(real, both, "Spanish summary edit");

        real.patch("""
                -- replace content/measures/illinois-trust-act.es.md --
                  - jueza federal de distrito, Distrito Norte de Illinois (desestimó la demanda de 2025)
                =>
                """);
        PreviewBuilder.Outcome shorter = both.rebuild();
        assertTrue(shorter.ok(), shorter.problems().toString());
        assertTrue(shorter.changedFiles().contains("es/measures/illinois-trust-act/index.html"));
        assertSameAsFullBuild(real, both, "a Spanish list one item short, so shown in English");
    }

    @Test
    void aCommitMadeWhileThePreviewRunsMovesTheLastChangedDates() throws Exception {
        org.locallimits.history.Git git = org.locallimits.history.Git.init(site.root())
                .commitAll("2026-01-05T12:00:00+00:00", "fixture");
        PreviewBuilder dated = new PreviewBuilder(site.root(), new BuildOptions(site.content(), site.templates(),
                Optional.empty(), Optional.of("http://127.0.0.1:8000/"), false));
        assertTrue(dated.rebuild().ok());
        site.patch("""
                -- replace content/measures/example-hotline.md --
                Takes reports
                =>
                Takes phone reports
                """);
        assertTrue(dated.rebuild(ChangedFiles.of(List.of(site.content().resolve("measures/example-hotline.md"))))
                .ok());
        String page = "measures/example-hotline/index.html";
        assertTrue(new String(dated.site().get(page), StandardCharsets.UTF_8).contains("Changed January 5, 2026."),
                "an edit not yet committed moves no date");

        git.commitAll("2026-02-14T09:00:00+00:00", "edit the hotline");
        // The next rebuild, whatever starts it (the watcher sees content/ and templates/, not .git), shows it.
        PreviewBuilder.Outcome o = dated.rebuild(ChangedFiles.of(List.of()));
        assertTrue(o.ok(), o.problems().toString());
        assertTrue(new String(dated.site().get(page), StandardCharsets.UTF_8).contains("Changed February 14, 2026."),
                "the commit's date is shown");
        assertTrue(o.changedFiles().contains(page) && o.changedFiles().contains("sitemap.xml"),
                o.changedFiles().toString());
        assertSameAsFullBuild(site, dated, "after a commit");
    }

    /**
     * A body edit to each kind of file, in either edition, renders that page alone, with its translation when the
     * English changed (its notice may change), found by its path rather than by a look at every page, and keeps the
     * rest.
     */
    @Test
    void aBodyEditToAnyKindOfPageInEitherEditionRendersThatPage() throws Exception {
        TestSite real = TestSite.empty().withRealContentAndTemplates();
        PreviewBuilder both = new PreviewBuilder(real.root(), new BuildOptions(real.content(), real.templates(),
                Optional.empty(), Optional.of("http://127.0.0.1:8000/"), false));
        assertTrue(both.rebuild().ok());
        String[][] edits = {
            {"pages/about.md", "Local Limits explains what", "about/index.html"},
            {"limits/agreements-287g.md", "A 287(g) agreement is a contract", "limits/agreements-287g/index.html"},
            {"jurisdictions/illinois/chicago.md", "In July 2025 a federal judge",
                "jurisdictions/chicago/index.html"},
            {"measures/illinois-trust-act.es.md", "La Ley TRUST de Illinois (Illinois",
                "es/measures/illinois-trust-act/index.html"},
        };
        for (String[] edit : edits) {
            real.patch("-- replace content/" + edit[0] + " --\n" + edit[1] + "\n=>\nEdited. " + edit[1] + "\n");
            PreviewBuilder.Outcome o = both.rebuild(ChangedFiles.of(List.of(real.content().resolve(edit[0]))));
            assertTrue(o.ok(), o.problems().toString());
            assertEquals(edit[2].startsWith("es/") ? Set.of(edit[2]) : Set.of(edit[2], "es/" + edit[2]),
                    o.renderedPages(), edit[0]);
            assertTrue(new String(both.site().get(edit[2]), StandardCharsets.UTF_8).contains("Edited. "), edit[0]);
            assertSameAsFullBuild(real, both, "body of " + edit[0]);
        }
    }

    @Test
    void aRebuildWithoutChangesChangesNoFile() throws Exception {
        rebuild();
        PreviewBuilder.Outcome again = rebuild();
        assertEquals(Set.of(), again.changedFiles());
        assertSameAsFullBuild("unchanged");
    }

    @Test
    void referenceProblemsOfUnchangedFilesAreReportedAgainUntilTheIdsChange() throws Exception {
        rebuild();
        site.patch("-- replace content/measures/exampleton-ordinance.md --\nquickly [@gazette-2025-ordinance;\n=>\n"
                + "quickly [@gazette-2025-extra;\n");
        // Old enough to be taken from memory unread, so that its checks are taken from memory too.
        Files.setLastModifiedTime(site.content().resolve("measures/exampleton-ordinance.md"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        String unknown = "unknown source `gazette-2025-extra`";
        PreviewBuilder.Outcome broken = preview.rebuild();
        assertTrue(broken.problems().toString().contains(unknown), broken.problems().toString());

        site.patch("-- replace content/measures/example-hotline.md --\nTakes reports\n=>\nTakes many reports\n");
        PreviewBuilder.Outcome other = preview.rebuild();
        assertFalse(other.ok(), "the unchanged file still cites an unknown source");
        assertEquals(broken.problems().stream().filter(p -> p.headline().contains(unknown)).toList(),
                other.problems().stream().filter(p -> p.headline().contains(unknown)).toList());

        Files.writeString(site.content().resolve("sources.yaml"), """
                - id: gazette-2025-extra
                  title: "A second report"
                  publisher: Examplia Gazette
                  date: 2025-10-17
                  url: https://news.example.org/second
                  accessed: 2026-01-30
                  kind: news
                """, java.nio.file.StandardOpenOption.APPEND);
        PreviewBuilder.Outcome fixed = rebuild();
        assertTrue(fixed.problems().stream().noneMatch(p -> p.headline().contains("gazette-2025-extra")),
                fixed.problems().toString());
        assertSameAsFullBuild("source added");
    }

    @Test
    void aBrokenEditKeepsTheLastGoodSite() throws Exception {
        rebuild();
        Map<String, byte[]> good = preview.site();
        site.patch("-- replace content/measures/example-hotline.md --\nstatus: proposed\n=>\nstatus: adpoted\n");
        PreviewBuilder.Outcome broken = preview.rebuild();
        assertFalse(broken.ok());
        assertEquals("content/measures/example-hotline.md:8:9: error: unknown status `adpoted`",
                broken.problems().get(0).headline());
        assertEquals(good, preview.site());
        site.patch("-- replace content/measures/example-hotline.md --\nstatus: adpoted\n=>\nstatus: adopted\n");
        rebuild();
        assertSameAsFullBuild("fixed");
    }
}
