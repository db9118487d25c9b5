package org.locallimits.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locallimits.diag.Problem;
import org.locallimits.testing.TestSite;

/**
 * Each file in {@code src/test/resources/mistakes/} breaks the mini site in one way an editor might, and lists
 * the exact problems expected: {@code file:line:col: severity: message} lines, each optionally followed by a
 * {@code   hint: …} line that the problem's hint must contain.
 */
class EditorMistakesTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(EditorMistakesTest.class.getResource("/mistakes").toURI());
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheMistakeAtItsExactPosition(String name) throws Exception {
        String txtar = Files.readString(Path.of(getClass().getResource("/mistakes/" + name).toURI()));
        String expected = "";
        StringBuilder patch = new StringBuilder();
        for (Map.Entry<String, String> section : TestSite.parse(txtar)) {
            if (section.getKey().equals("expected")) expected = section.getValue();
            else patch.append("-- ").append(section.getKey()).append(" --\n").append(section.getValue());
        }
        TestSite site = TestSite.mini().patch(patch.toString());

        List<Problem> problems = site.check().problems();

        List<String> actual = new ArrayList<>();
        for (Problem p : problems) actual.add(p.headline().replace(site.root().toString(), "ROOT"));
        List<String> wantHeadlines = new ArrayList<>();
        List<String[]> wantHints = new ArrayList<>();
        for (String line : expected.strip().split("\n")) {
            if (line.startsWith("  hint: ")) {
                wantHints.add(new String[] {wantHeadlines.get(wantHeadlines.size() - 1), line.substring(8)});
            } else if (!line.isBlank()) {
                wantHeadlines.add(line);
            }
        }
        assertEquals(String.join("\n", wantHeadlines), String.join("\n", actual), name);
        for (String[] hint : wantHints) {
            Problem p = problems.get(actual.indexOf(hint[0]));
            assertTrue(p.hint().contains(hint[1]), name + ": hint `" + p.hint() + "` should contain `" + hint[1] + "`");
        }
    }
}
