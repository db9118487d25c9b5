package org.locallimits.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.locallimits.build.BuildResult;
import org.locallimits.testing.TestSite;

/**
 * The benchmark's corpus is valid content (so the benchmark measures real builds, not error reports), is the same
 * on every run, and builds to the same bytes whatever the number of threads.
 */
class CorpusGeneratorTest {

    private static TestSite generated(int pages) throws IOException {
        TestSite site = TestSite.empty();
        new CorpusGenerator(pages).write(site.content());
        TestSite.copyTree(Path.of("templates").toAbsolutePath(), site.templates());
        return site;
    }

    @Test
    void generatedCorpusPassesCheckWithNoErrorsOrWarnings() throws IOException {
        TestSite site = generated(150);
        BuildResult r = site.check();
        assertEquals(List.of(), r.problems());
        assertTrue(r.files() > 150, "pages for every measure and jurisdiction: " + r.files());
    }

    @Test
    void measuresHaveTheShapeOfTheReferenceCorpus() throws IOException {
        CorpusGenerator g = new CorpusGenerator(1000);
        assertEquals(1000, g.pageCount());
        for (int i = 0; i < 50; i++) {
            String text = g.measure(i);
            String body = text.substring(text.indexOf("\n---\n", 4) + 5);
            int words = body.split("\\s+").length;
            assertTrue(words >= 600 && words <= 900, "measure " + i + " has " + words + " words");
            assertTrue(body.contains("\n| Provision |") && body.contains("\n- ") && body.contains("[^1]:")
                    && body.contains("](measure:") == (i > 0) && body.contains("[@") && body.contains("https://"),
                    body);
            assertTrue(Pattern.compile("(?m)^events:\\n  - date:").matcher(text).find(), text);
        }
    }

    @Test
    void theSameSizeGivesTheSameBytes() throws IOException {
        Map<String, byte[]> first = TestSite.tree(generated(120).content());
        Map<String, byte[]> second = TestSite.tree(generated(120).content());
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void outputIsByteIdenticalWithOneThreadAndWithFour() throws Exception {
        TestSite site = generated(150);
        Map<String, byte[]> one = buildWith(site, 1);
        Map<String, byte[]> four = buildWith(site, 4);
        assertTrue(one.size() > 150, "files: " + one.size());
        assertEquals(one.keySet(), four.keySet());
        one.forEach((path, bytes) -> assertArrayEquals(bytes, four.get(path), path));
    }

    /** Parallel streams started inside a fork-join pool run on that pool, so its size is the build's threads. */
    private static Map<String, byte[]> buildWith(TestSite site, int threads) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            BuildResult r = pool.submit(site::build).get();
            assertTrue(r.ok(), () -> r.problems().toString());
        } finally {
            pool.shutdown();
        }
        Map<String, byte[]> tree = TestSite.tree(site.out());
        tree.remove(".explainer-output");
        return tree;
    }
}
