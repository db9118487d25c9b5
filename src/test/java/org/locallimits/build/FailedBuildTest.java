package org.locallimits.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locallimits.testing.TestSite;

/** A build that fails — in content or in a template — leaves the previous output exactly as it was. */
class FailedBuildTest {

    @Test
    void aContentErrorLeavesThePreviousSiteUntouched() throws Exception {
        assertFailedBuildLeavesThePreviousSite(
                "-- replace content/measures/example-hotline.md --\nstatus: proposed\n=>\nstatus: nope\n");
    }

    @Test
    void aTemplateErrorDuringRenderingLeavesThePreviousSiteUntouched() throws Exception {
        assertFailedBuildLeavesThePreviousSite(
                "-- replace templates/measure.ftlh --\n${measure.title}\n=>\n${measure.nothing}\n");
    }

    @Test
    void aTemplateErrorInAPageWrittenAsItIsRenderedLeavesThePreviousSiteUntouched() throws Exception {
        assertFailedBuildLeavesThePreviousSite(
                "-- replace templates/list.ftlh --\n<h1>${page.title}</h1>\n=>\n<h1>${page.titel}</h1>\n");
    }

    /** Builds, applies {@code patch}, and checks that the build fails and leaves the first build's files alone. */
    private static void assertFailedBuildLeavesThePreviousSite(String patch) throws Exception {
        TestSite site = TestSite.mini();
        assertTrue(site.build().ok());
        Map<String, byte[]> before = TestSite.tree(site.out());
        site.patch(patch);
        assertFalse(site.build().ok());
        assertTreesEqual(before, TestSite.tree(site.out()));
        assertNoLeftovers(site);
    }

    @Test
    void aSuccessfulBuildRemovesPagesWhoseContentWasDeleted() {
        TestSite site = TestSite.mini();
        assertTrue(site.build().ok());
        assertTrue(Files.exists(site.out().resolve("measures/example-hotline/index.html")));
        site.patch("-- content/measures/example-hotline.md --\n(delete)\n");
        assertTrue(site.build().ok());
        assertFalse(Files.exists(site.out().resolve("measures/example-hotline/index.html")));
    }

    private static void assertTreesEqual(Map<String, byte[]> a, Map<String, byte[]> b) {
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertEquals(new String(v), new String(b.get(k)), k));
    }

    private static void assertNoLeftovers(TestSite site) throws Exception {
        try (var list = Files.list(site.root())) {
            assertEquals(0, list.filter(p -> p.getFileName().toString().startsWith(".site.")).count(),
                    "no staging folder is left behind");
        }
    }
}
