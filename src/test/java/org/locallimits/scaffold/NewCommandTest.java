package org.locallimits.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.locallimits.cli.Cli;
import org.locallimits.diag.Problem;
import org.locallimits.testing.TestSite;

/** Each scaffold is a file that passes {@code check} as soon as its required values are filled in. */
class NewCommandTest {
    private final TestSite site = TestSite.mini();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--content";
        all[args.length + 1] = site.content().toString();
        all[args.length + 2] = "--templates";
        all[args.length + 3] = site.templates().toString();
        return Cli.run(new PrintWriter(out, true), new PrintWriter(out, true), all);
    }

    private void assertChecksClean() {
        var problems = site.check().problems();
        assertTrue(problems.stream().noneMatch(Problem::isError), problems::toString);
    }

    @Test
    void newMeasurePassesCheckOnceFilled() {
        assertEquals(0, run("new", "measure", "--title", "Exampleton's mask rule: a \"test\"", "--jurisdiction",
                "exampleton"));
        assertTrue(out.toString().contains("measures/exampletons-mask-rule-a-test.md"), out.toString());
        var broken = site.check().problems();
        assertTrue(broken.stream().anyMatch(p -> p.message().contains("`summary` has no value")));
        site.patch("""
                -- replace content/measures/exampletons-mask-rule-a-test.md --
                summary:   \s
                =>
                summary: A rule.
                -- replace content/measures/exampletons-mask-rule-a-test.md --
                type:  \s
                =>
                type: sanctuary-policy
                -- replace content/measures/exampletons-mask-rule-a-test.md --
                instrument:   \s
                =>
                instrument: ordinance
                -- replace content/measures/exampletons-mask-rule-a-test.md --
                adopted_by:   \s
                =>
                adopted_by: Council
                -- replace content/measures/exampletons-mask-rule-a-test.md --
                status:       \s
                =>
                status: proposed
                -- replace content/measures/exampletons-mask-rule-a-test.md --
                status_as_of: \s
                =>
                status_as_of: 2026-01-20
                -- replace content/measures/exampletons-mask-rule-a-test.md --
                  exposure:   \s
                =>
                  exposure: high
                -- replace content/measures/exampletons-mask-rule-a-test.md --
                  rationale:  \s
                =>
                  rationale: It regulates federal officers.
                -- replace content/measures/exampletons-mask-rule-a-test.md --
                sources: []
                =>
                sources: [gazette-2025-ordinance]
                """);
        assertChecksClean();
    }

    @Test
    void newJurisdictionLimitAndSourcePassCheck() throws Exception {
        assertEquals(0, run("new", "jurisdiction", "--name", "Smalltown", "--state", "examplia", "--level", "city",
                "--parent", "example-county"));
        assertEquals(0, run("new", "limit", "--title", "Home rule"));
        site.patch("""
                -- replace content/limits/home-rule.md --
                summary:  \s
                =>
                summary: Cities act under state law.
                """);
        assertEquals(0, run("new", "source", "--title", "A report", "--url", "https://news.example.org/r"));
        site.patch("""
                -- replace content/sources.yaml --
                  publisher:  \s
                =>
                  publisher: Gazette
                -- replace content/sources.yaml --
                  kind:       \s
                =>
                  kind: news
                """);
        assertChecksClean();
    }

    @Test
    void refusesToOverwrite() throws Exception {
        assertEquals(0, run("new", "limit", "--title", "Home rule"));
        String before = Files.readString(site.content().resolve("limits/home-rule.md"));
        assertEquals(1, run("new", "limit", "--title", "Home rule"));
        assertEquals(before, Files.readString(site.content().resolve("limits/home-rule.md")));
        assertEquals(1, run("new", "source", "--title", "x", "--id", "printz-v-us-1997", "--url", "https://x.org"));
    }
}
