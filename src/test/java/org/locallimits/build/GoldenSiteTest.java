package org.locallimits.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.locallimits.testing.TestSite;

/**
 * Builds the mini fixture site and compares every output file with the expected files in
 * {@code src/test/resources/sites/mini-expected/}. Run with {@code -Dgolden.update=true} to rewrite them after an
 * intended change, then review the diff.
 */
class GoldenSiteTest {
    private static final Path EXPECTED = Path.of("src/test/resources/sites/mini-expected");

    @Test
    void buildsTheMiniSiteExactlyAsExpected() throws Exception {
        TestSite site = TestSite.mini();
        var result = site.build();
        assertTrue(result.ok(), result.problems()::toString);
        Map<String, byte[]> actual = TestSite.tree(site.out());
        if (Boolean.getBoolean("golden.update")) {
            if (Files.exists(EXPECTED)) {
                try (var walk = Files.walk(EXPECTED)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            TestSite.copyTree(site.out(), EXPECTED);
        }
        Map<String, byte[]> expected = TestSite.tree(EXPECTED);
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), "the set of output files");
        for (String path : expected.keySet()) {
            assertEquals(new String(expected.get(path), StandardCharsets.UTF_8),
                    new String(actual.get(path), StandardCharsets.UTF_8), path);
        }
    }
}
