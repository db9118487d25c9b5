package org.locallimits.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locallimits.content.Body;
import org.locallimits.content.ContentLoader;
import org.locallimits.diag.Problem;
import org.locallimits.diag.Problems;
import org.locallimits.html.BodyHtml;
import org.locallimits.html.SourceNumbers;
import org.locallimits.markdown.MarkdownLimits;
import org.locallimits.markdown.MarkdownRenderer;
import org.locallimits.markdown.Parsed;
import org.locallimits.source.FrontMatter;
import org.locallimits.source.TextFile;
import org.locallimits.testing.TestSite;
import org.locallimits.yaml.YamlReader;

/**
 * Property-based fuzzing of the readers and the renderer with random YAML and Markdown ({@link RandomText}): no
 * input may throw, hang, or produce script-capable HTML, and every problem must point inside the file. Inputs come
 * from fixed seeds, so every run tries the same inputs and a failure names the seed that reproduces it; the number
 * of tries per property keeps the whole class to a few seconds. Each input is bounded in time, so that a parser
 * that hangs fails the test instead of stalling the build.
 */
class ParserFuzzTest {
    /** Far above what any input needs (a few milliseconds); only a hang or a pathological slowdown reaches it. */
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final BodyHtml HTML = new BodyHtml();
    private static final Set<String> ALLOWED_TAGS = Set.of("a", "b", "blockquote", "br", "caption", "cite", "code",
            "col", "colgroup", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "img", "li",
            "ol", "p", "pre", "q", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "tr", "u", "ul", "del", "ins", "hr", "abbr", "mark", "figure", "figcaption",
            "details", "summary", "body", "html", "head", "#root");

    /** Attributes whose value a browser loads or follows (a {@code title} may say anything). */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction", "cite",
            "data", "poster", "background", "xlink:href");

    static LongStream seeds400() {
        return LongStream.range(0, 400);
    }

    static LongStream seeds300() {
        return LongStream.range(0, 300);
    }

    static LongStream seeds40() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds400")
    void yamlReaderReportsEveryMistakeAndNeverThrows(long seed) {
        String yaml = new RandomText(seed).yaml(60);
        Problems problems = new Problems();
        var result = bounded(seed, yaml, () -> YamlReader.read(yaml, "x.yaml", 3, problems));
        if (result.isEmpty()) assertTrue(problems.hasErrors(), () -> "no problem reported for\n" + RandomText.show(yaml));
        assertInside(problems.sorted(), "x.yaml", 3, yaml);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds400")
    void frontMatterSplitterNeverThrowsAndKeepsEveryLine(long seed) {
        String text = new RandomText(seed).page(60);
        Problems problems = new Problems();
        var split = bounded(seed, text, () -> FrontMatter.split(new TextFile("x.md", text), problems));
        if (split.isEmpty()) {
            assertTrue(problems.hasErrors(), () -> "no problem reported for\n" + RandomText.show(text));
        } else {
            String rebuilt = "---\n" + split.get().yaml() + "---";
            String body = split.get().body();
            assertTrue(text.equals(rebuilt + "\n" + body) || body.isEmpty() && text.equals(rebuilt),
                    () -> "the split loses text of\n" + RandomText.show(text));
            assertEquals(rebuilt.split("\n", -1).length + 1, split.get().bodyLine(), "the body's first line");
        }
        assertInside(problems.sorted(), "x.md", 1, text);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds300")
    void markdownAndHtmlStagesNeverThrowAndNeverEmitScript(long seed) {
        String markdown = new RandomText(seed).markdown(80);
        Problems problems = new Problems();
        String html = bounded(seed, markdown, () -> {
            Parsed parsed = MarkdownLimits.parse(MARKDOWN, new Body(markdown, 5), "x.md", problems);
            return HTML.process(MARKDOWN.render(parsed), t -> Optional.of("../" + t.id() + "/"), id -> true,
                    new SourceNumbers(), "../method/").html();
        });
        for (Element e : Jsoup.parseBodyFragment(html).getAllElements()) {
            assertTrue(ALLOWED_TAGS.contains(e.normalName()), () -> "<" + e.normalName() + "> from\n"
                    + RandomText.show(markdown));
            e.attributes().forEach(a -> {
                assertFalse(a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"),
                        () -> a.getKey() + " from\n" + RandomText.show(markdown));
                assertFalse(URL_ATTRIBUTES.contains(a.getKey()) && a.getValue().replaceAll("[\\x00-\\x20]", "")
                        .toLowerCase(java.util.Locale.ROOT).matches("(javascript|vbscript|data):.*"),
                        () -> a + " from\n" + RandomText.show(markdown));
            });
        }
        assertInside(problems.sorted(), "x.md", 5, markdown);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds40")
    void contentLoaderSurvivesRandomFilesInEveryPlace(long seed) throws Exception {
        RandomText random = new RandomText(seed);
        TestSite site = TestSite.mini();
        try {
            List<String> places = List.of("content/measures/example-hotline.md", "content/pages/about.md",
                    "content/jurisdictions/examplia/exampleton.md", "content/limits/anti-commandeering.md");
            String page = random.page(120);
            String data = random.yaml(120);
            Files.writeString(site.root().resolve(places.get((int) (seed % places.size()))), page,
                    StandardCharsets.UTF_8);
            Files.writeString(site.root().resolve(seed % 2 == 0 ? "content/sources.yaml" : "content/site.yaml"), data,
                    StandardCharsets.UTF_8);
            Problems problems = new Problems();
            bounded(seed, page + "\n=====\n" + data, () -> new ContentLoader(site.content(), "content")
                    .load(false, problems));
            for (Problem p : problems.sorted()) {
                assertTrue(p.pos().file().startsWith("content/"), () -> "outside content/: " + p.headline());
            }
        } finally {
            TestSite.deleteTree(site.root());
        }
    }

    private static <T> T bounded(long seed, String input, java.util.concurrent.Callable<T> run) {
        return assertTimeoutPreemptively(BOUND, run::call, () -> "seed " + seed + " hangs on\n"
                + RandomText.show(input));
    }

    /** Every positioned problem lies within the text, which starts at {@code firstLine} of {@code file}. */
    private static void assertInside(List<Problem> problems, String file, int firstLine, String text) {
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        for (Problem p : problems) {
            assertEquals(file, p.pos().file());
            if (p.pos().line() == 0) continue;
            assertTrue(p.pos().line() >= 1 && p.pos().line() <= firstLine + lines,
                    () -> p.headline() + " is outside the " + lines + " lines of\n" + RandomText.show(text));
        }
    }
}
