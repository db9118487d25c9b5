package org.locallimits.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locallimits.cli.Cli;
import org.locallimits.output.OutputFolder;
import org.locallimits.testing.TestSite;
import org.opentest4j.AssertionFailedError;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/}, described in its README): each case changes the
 * mini site (with the real templates) in a broken or malicious way and runs {@code build} through the CLI over a
 * previous good site. Each case must end with the expected exit code and exactly the expected problems, with no
 * stack trace; nothing may change outside the output folder; a failed build must leave the previous site as it
 * was; and for XSS cases no injected script may run in headless Chromium.
 */
class HostileInputTest {
    /** Written outside the project; no build may publish it. */
    static final String CANARY = "TOP-SECRET-CANARY-7f3a";
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w$.]+\\(|\\b(java|javax|jdk|sun|org\\.yaml|freemarker|com\\.vladsch|org\\.jsoup)"
                    + "\\.[\\w.$]+(Exception|Error)\\b|internal error|Caused by:");
    private static final Pattern HEADLINE = Pattern.compile("^\\S.*?: (error|warning): .*");

    private static Path baseline;
    private static XssProbe browser;

    @BeforeAll
    static void buildTheGoodSiteAndOpenTheBrowser() throws IOException {
        TestSite site = TestSite.copyOf("mini", Files.createTempDirectory("hostile-baseline-").resolve("project"))
                .withRealTemplates();
        var result = site.build();
        assertEquals(List.of(), result.problems(), "the unpatched site builds without problems");
        baseline = site.out();
        browser = new XssProbe();
    }

    @AfterAll
    static void closeTheBrowser() throws IOException {
        if (browser != null) browser.close();
        if (baseline != null) TestSite.deleteTree(baseline.getParent().getParent());
    }

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(HostileInputTest.class.getResource("/hostile").toURI());
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileInputIsReportedOrMadeHarmlessAndNeverLosesTheSite(String name) throws Exception {
        HostileCase c = HostileCase.parse(name, Files.readString(
                Path.of(getClass().getResource("/hostile/" + name).toURI()), StandardCharsets.UTF_8));
        Path sandbox = Files.createTempDirectory("hostile-");
        try {
            run(c, sandbox);
        } finally {
            delete(sandbox);
        }
    }

    /** The probe itself must be able to fail: a page that does run an injected script is caught. */
    @Test
    void theBrowserProbeCatchesScriptsThatDoRun() throws Exception {
        Path site = Files.createTempDirectory("hostile-control-");
        try {
            for (String payload : List.of("<script>window.__xss=1</script>", "<img src=x onerror=\"window.__xss=2\">",
                    "<script>alert(3)</script>", "<a href=\"javascript:void 0\">x</a>")) {
                Files.writeString(site.resolve("index.html"), "<!doctype html><title>t</title>" + payload);
                assertThrows(AssertionFailedError.class, () -> browser.check(site, List.of("index.html")), payload);
            }
        } finally {
            TestSite.deleteTree(site);
        }
    }

    private void run(HostileCase c, Path sandbox) throws Exception {
        Path root = sandbox.resolve("project");
        Files.createDirectories(sandbox.resolve("outside"));
        Files.writeString(sandbox.resolve("outside/secret.md"), "---\ntitle: " + CANARY + "\n---\n" + CANARY + "\n");
        TestSite site = TestSite.copyOf("mini", root).withRealTemplates();
        TestSite.copyTree(baseline, site.out());
        site.patch(c.patch());
        Path out = c.outFolder(root).toAbsolutePath().normalize();
        Map<String, String> sandboxBefore = snapshot(sandbox);

        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Cli.run(new PrintWriter(stdout, true), new PrintWriter(stderr, true), "build",
                "--content", site.content().toString(), "--templates", site.templates().toString(),
                "--out", out.toString());
        String output = (stdout + "\n" + stderr).replace(root + "/", "").replace(root.toString(), ".")
                .replace(sandbox.toString(), "..");
        if (Boolean.getBoolean("hostile.print")) {
            Path actual = Path.of("target", "hostile-actual", c.name());
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, "exit " + code + "\n" + output);
        }

        assertFalse(STACK_TRACE.matcher(output).find(), () -> "no stack trace or internal error:\n" + output);
        assertEquals(c.exit(), code, () -> "exit code; output:\n" + output);
        List<String> headlines = Arrays.stream(output.split("\n")).filter(l -> HEADLINE.matcher(l).matches())
                .filter(l -> !l.startsWith("first: ")).toList();
        List<String> compared = c.more() ? headlines.subList(0, Math.min(headlines.size(), c.problems().size()))
                : headlines;
        assertEquals(String.join("\n", c.problems()), String.join("\n", compared), "problems");
        for (String text : c.output()) assertTrue(output.contains(text), () -> "output lacks `" + text + "`");
        for (String[] hint : c.hints()) {
            String block = output.substring(output.indexOf(hint[0]));
            int start = block.indexOf("  hint: ");
            int end = block.indexOf("\n", start + 1);
            String hintText = block.substring(start, end < 0 ? block.length() : end);
            assertTrue(hintText.contains(hint[1]), () -> hint[0] + ": hint `" + hintText + "` lacks `" + hint[1] + "`");
        }

        Map<String, String> sandboxAfter = snapshot(sandbox);
        if (code != 0) {
            assertEquals(sandboxBefore, sandboxAfter, "a failed build changes nothing: the previous site is intact "
                    + "and no file appears anywhere");
        } else {
            assertEquals(without(sandboxBefore, sandbox, out), without(sandboxAfter, sandbox, out),
                    "a successful build changes nothing outside its output folder");
            assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)));
            for (Map.Entry<String, byte[]> f : TestSite.tree(out).entrySet()) {
                assertFalse(new String(f.getValue(), StandardCharsets.UTF_8).contains(CANARY),
                        () -> f.getKey() + " publishes a file from outside the project");
                if (f.getKey().endsWith(".xml")) wellFormed(f.getKey(), f.getValue());
            }
        }
        for (String abs : c.absent()) assertFalse(Files.exists(Path.of(abs), LinkOption.NOFOLLOW_LINKS), abs);
        for (String[] page : c.contains()) {
            assertTrue(read(out, page[0]).contains(page[1]), () -> page[0] + " should contain " + page[1]);
        }
        for (String[] page : c.lacks()) {
            assertFalse(read(out, page[0]).contains(page[1]), () -> page[0] + " should not contain " + page[1]);
        }
        if (c.xss()) {
            List<String> changed = changedPages(out);
            assertFalse(changed.isEmpty(), "the hostile values reach at least one page");
            browser.check(out, changed);
        }
    }

    /** Feeds and the sitemap must stay well-formed XML whatever the content holds. */
    private static void wellFormed(String name, byte[] xml) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
        } catch (org.xml.sax.SAXException e) {
            throw new AssertionFailedError(name + " is not well-formed XML: " + e.getMessage());
        }
    }

    /** HTML files that differ from the unpatched build: the pages the hostile values reached. */
    private static List<String> changedPages(Path out) {
        Map<String, byte[]> before = TestSite.tree(baseline);
        List<String> changed = new ArrayList<>();
        TestSite.tree(out).forEach((path, bytes) -> {
            if (path.endsWith(".html") && !Arrays.equals(bytes, before.get(path))) changed.add(path);
        });
        return changed;
    }

    private static String read(Path out, String page) throws IOException {
        return Files.readString(out.resolve(page), StandardCharsets.UTF_8);
    }

    /** Every path under {@code dir} (links not followed) with a hash of its contents, its link target or a mark. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                String rel = dir.relativize(p).toString();
                if (Files.isSymbolicLink(p)) files.put(rel, "-> " + Files.readSymbolicLink(p));
                else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) files.put(rel, "(folder)");
                else files.put(rel, sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Map<String, String> without(Map<String, String> files, Path sandbox, Path out) {
        String prefix = sandbox.relativize(out).toString();
        Map<String, String> kept = new TreeMap<>(files);
        kept.keySet().removeIf(k -> k.equals(prefix) || k.startsWith(prefix + "/"));
        return kept;
    }

    /** Removes a case's folder; a build that died of an internal error may still be writing into it briefly. */
    private static void delete(Path dir) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                TestSite.deleteTree(dir);
                return;
            } catch (IOException e) {
                if (attempt == 5) throw e;
                Thread.sleep(200);
            }
        }
    }
}
