package org.locallimits.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locallimits.diag.Problem;
import org.locallimits.testing.TestSite;

class LinkCheckerTest {

    @Test
    void reportsBrokenInternalLinksAndAnchorsAtTheLineThatWritesThem() {
        TestSite site = TestSite.mini().patch("""
                -- replace content/measures/example-hotline.md --
                It cannot arrest anyone.
                =>
                It cannot arrest anyone. See [old page](../../old-page/) and [a section](#nowhere).
                -- replace content/site.yaml --
                    path: about/
                =>
                    path: abuot/
                """);
        List<String> problems = site.check().problems().stream().map(Problem::headline).toList();
        assertEquals(List.of(
                "content/measures/example-hotline.md:23:41: error: the link `../../old-page/` on "
                        + "measures/example-hotline/index.html leads to a page that does not exist",
                "content/measures/example-hotline.md:23:74: error: the link `#nowhere` on "
                        + "measures/example-hotline/index.html points to a section `#nowhere` that does not exist on "
                        + "that page"), problems.stream().filter(p -> p.contains("example-hotline.md")).toList());
        assertEquals(List.of("site/about/index.html: error: the link `../abuot/` on about/index.html and 22 more pages "
                + "leads to a page that does not exist"), problems.stream().filter(p -> p.startsWith("site/")).toList());

    }

    @Test
    void warnsAboutMeasuresNotVerifiedForLong() {
        TestSite site = TestSite.mini().patch("""
                -- replace content/measures/example-hotline.md --
                last_verified: 2026-01-30
                =>
                last_verified: 2025-06-01
                """);
        assertEquals(List.of("content/measures/example-hotline.md:2:1: warning: `last_verified` (2025-06-01) is 244 "
                        + "days before the site's as-of date (2026-01-31)"),
                site.check().problems().stream().map(Problem::headline).toList());
    }
}
