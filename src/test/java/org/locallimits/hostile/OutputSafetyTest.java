package org.locallimits.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.locallimits.build.BuildOptions;
import org.locallimits.build.BuildResult;
import org.locallimits.build.SiteBuilder;
import org.locallimits.testing.TestSite;

/**
 * The published site survives builds that are killed part-way ({@code kill -9} cannot be caught, so its traces
 * are simulated: a half-written staging folder, or the previous site moved aside before the new one arrived),
 * and the output folder can never be the project, its content or its templates, even through a symbolic link.
 */
class OutputSafetyTest {

    @Test
    void aBuildKilledWhileWritingLeavesThePreviousSiteAndItsLeftoversAreRemoved() throws Exception {
        TestSite site = TestSite.mini();
        assertTrue(site.build().ok());
        Map<String, byte[]> before = TestSite.tree(site.out());
        Path staging = Files.createDirectories(site.root().resolve(".site.tmp-killed/measures/x"));
        Files.writeString(staging.resolve("index.html"), "half a page");

        site.patch("-- replace content/measures/example-hotline.md --\nstatus: proposed\n=>\nstatus: nope\n");
        assertFalse(site.build().ok(), "a failing build");

        assertTreesEqual(before, TestSite.tree(site.out()));
        assertEquals(List.of(), leftovers(site), "the killed build's staging folder is gone");
    }

    @Test
    void aBuildKilledMidSwapGetsThePreviousSiteBackEvenWhenTheNextBuildFails() throws Exception {
        TestSite site = TestSite.mini();
        assertTrue(site.build().ok());
        Map<String, byte[]> before = TestSite.tree(site.out());
        // The swap renames site/ aside, then the new folder into place; killed in between, site/ is missing.
        Files.move(site.out(), site.root().resolve(".site.old-killed"));
        Files.createDirectories(site.root().resolve(".site.tmp-killed"));

        site.patch("-- replace content/measures/example-hotline.md --\nstatus: proposed\n=>\nstatus: nope\n");
        assertFalse(site.build().ok(), "a failing build");

        assertTreesEqual(before, TestSite.tree(site.out()));
        assertEquals(List.of(), leftovers(site));
    }

    @Test
    void aBuildKilledAfterTheSwapKeepsTheNewSite() throws Exception {
        TestSite site = TestSite.mini();
        assertTrue(site.build().ok());
        Files.createDirectories(site.root().resolve(".site.old-killed/stale"));
        Map<String, byte[]> current = TestSite.tree(site.out());

        assertTrue(site.build().ok());

        assertTreesEqual(current, TestSite.tree(site.out()));
        assertEquals(List.of(), leftovers(site));
    }

    @Test
    void refusesEveryOutputFolderThatWouldReplaceTheProjectOrItsSources() throws Exception {
        TestSite site = TestSite.mini();
        Path root = site.root();
        Files.createSymbolicLink(root.resolve("into-content"), root.resolve("content"));
        Files.createSymbolicLink(root.resolve("into-templates"), Path.of("templates"));
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/notes.txt"), "someone else's");
        Map<String, byte[]> before = TestSite.tree(root);
        for (String out : List.of(".", "..", "content", "content/pages", "templates", "templates/assets/site",
                "into-content/site", "into-templates", "into-templates/site", "docs", "site/../content")) {
            BuildResult r = new SiteBuilder(root).build(new BuildOptions(site.content(), site.templates(),
                    Optional.of(root.resolve(out)), Optional.empty(), false));
            assertFalse(r.ok(), "--out " + out + " is refused");
            assertEquals(1, r.problems().size(), () -> out + ": " + r.problems());
            assertTrue(r.problems().get(0).hint().contains("--out"), out);
        }
        assertTreesEqual(before, TestSite.tree(root));
    }

    private static List<String> leftovers(TestSite site) throws Exception {
        try (Stream<Path> list = Files.list(site.root())) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).sorted().toList();
        }
    }

    private static void assertTreesEqual(Map<String, byte[]> a, Map<String, byte[]> b) {
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertEquals(new String(v), new String(b.get(k)), k));
    }
}
