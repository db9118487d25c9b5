package org.locallimits.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.locallimits.testing.TestSite;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpAndVersionSucceed() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"build", "check", "serve", "new", "translated", "help"}) {
            assertTrue(out.toString().contains("\n  " + command + " "), command + " is listed: " + out);
        }
        out.getBuffer().setLength(0);
        assertEquals(0, run("help", "serve"));
        assertTrue(out.toString().contains("Usage: explainer serve"), out.toString());
        assertEquals(0, run("build", "--help"));
        assertTrue(out.toString().contains("--base-url"));
        assertEquals(0, run("check", "--help"));
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("explainer"));
    }

    @Test
    void usageMistakesExitWithTwo() {
        assertEquals(ExitCodes.USAGE, run("bulid"));
        assertTrue(err.toString().contains("Did you mean: explainer build?"), err.toString());
        assertEquals(ExitCodes.USAGE, run("build", "--no-such-option"));
        assertEquals(ExitCodes.USAGE, run());
        assertEquals(ExitCodes.USAGE, run("check", "--format", "xml"));
        assertEquals(ExitCodes.USAGE, run("build", "--base-url", "not a url"));
    }

    @Test
    void contentMistakesExitWithOneAndListEveryProblemWithoutAStackTrace() {
        TestSite site = TestSite.mini().patch("""
                -- replace content/measures/example-hotline.md --
                status: proposed
                =>
                status: adpoted
                -- replace content/measures/exampleton-ordinance.md --
                adopted: 2025-10-15
                =>
                adopted: 2025-02-30
                """);
        int code = run("check", "--content", site.content().toString(), "--templates", site.templates().toString());
        assertEquals(ExitCodes.CONTENT, code);
        String e = err.toString();
        assertTrue(e.contains("example-hotline.md:8:9: error: unknown status `adpoted`"), e);
        assertTrue(e.contains("hint: did you mean `adopted`?"), e);
        assertTrue(e.contains("exampleton-ordinance.md:13:10: error: `adopted` is not a real date: 2025-02-30"), e);
        assertTrue(e.contains("2 errors, 0 warnings"), e);
        assertFalse(e.contains("Exception"), e);
        assertFalse(e.contains("\tat "), e);
    }

    @Test
    void githubFormatPrintsAnnotationsAndStrictFailsOnWarnings() {
        TestSite site = TestSite.mini().patch("""
                -- replace content/pages/about.md --
                This is a fixture.
                =>
                This is a fixture. TODO
                """);
        String[] base = {"check", "--content", site.content().toString(), "--templates", site.templates().toString()};
        assertEquals(ExitCodes.OK, run(base));
        String[] strict = java.util.Arrays.copyOf(base, base.length + 3);
        strict[base.length] = "--strict";
        strict[base.length + 1] = "--format";
        strict[base.length + 2] = "github";
        assertEquals(ExitCodes.CONTENT, run(strict));
        assertTrue(err.toString().contains("::warning file="), err.toString());
        assertTrue(err.toString().contains("about.md,line=5,col=20::the text contains the marker `TODO`"),
                err.toString());
    }

    @Test
    void buildWritesTheSiteAndReportsTheCount() {
        TestSite site = TestSite.mini();
        assertEquals(0, run("build", "--content", site.content().toString(), "--templates",
                site.templates().toString(), "--out", site.out().toString(), "--base-url",
                "https://example.net/sub"));
        assertTrue(out.toString().contains("built "), out.toString());
        assertTrue(java.nio.file.Files.exists(site.out().resolve("measures/example-hotline/index.html")));
    }

    @Test
    void aSiteThatCannotBeWrittenExitsWithFourAndSaysWhereAndWhy() throws Exception {
        TestSite site = TestSite.mini();
        java.nio.file.Path blocker = site.root().resolve("blocker");
        java.nio.file.Files.writeString(blocker, "a file where a folder should be");
        String[] args = {"build", "--content", site.content().toString(), "--templates", site.templates().toString(),
                "--out", blocker.resolve("site").toString()};
        assertEquals(ExitCodes.OUTPUT, run(args));
        assertTrue(err.toString().startsWith("error: cannot write " + blocker + ": a file is in the way of a folder\n"),
                err.toString());
        assertTrue(err.toString().contains("hint: free some disk space"), err.toString());
        assertFalse(err.toString().contains("internal error") || err.toString().contains("\tat "), err.toString());
    }

    @Test
    void anInternalFailureExitsWithThreeAndShowsTheStackTraceOnlyWhenVerbose() {
        StringWriter quiet = new StringWriter();
        assertEquals(ExitCodes.INTERNAL, Cli.failed(new IllegalStateException("a bug"), false, new PrintWriter(quiet)));
        assertTrue(quiet.toString().startsWith("internal error: java.lang.IllegalStateException: a bug"),
                quiet.toString());
        assertFalse(quiet.toString().contains("\tat "), "no stack trace without --verbose");
        StringWriter verbose = new StringWriter();
        assertEquals(ExitCodes.INTERNAL,
                Cli.failed(new IllegalStateException("a bug"), true, new PrintWriter(verbose)));
        assertTrue(verbose.toString().contains("\tat "), "a stack trace with --verbose");
    }
}
