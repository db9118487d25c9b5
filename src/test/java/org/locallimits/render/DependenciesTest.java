package org.locallimits.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The preview's lookup of affected pages by token finds exactly the pages {@link Dependencies#affects} names. */
class DependenciesTest {
    private static final List<String> TOKENS = List.of(Dependencies.ANY_FRONT, Dependencies.EVERYTHING,
            "content/measures/a.md", "content/measures/b.md", Dependencies.front("content/measures/a.md"),
            Dependencies.front("content/jurisdictions/x/x.md"), Dependencies.source("s1"), Dependencies.source("s2"),
            Dependencies.template("measure.ftlh"), Dependencies.template("page.ftlh"));

    @Test
    void theIndexFindsThePagesTheDefinitionNames() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            Map<String, Set<String>> deps = new TreeMap<>();
            for (int page = 0; page < 12; page++) deps.put("p" + page + "/index.html", some(random, 0.15));
            Set<String> changed = some(random, 0.1);
            changed.remove(Dependencies.EVERYTHING); // then the caller renders every page
            changed.remove(Dependencies.ANY_FRONT); // a page's token, never an edit's
            Set<String> expected = new TreeSet<>();
            deps.forEach((path, tokens) -> {
                if (Dependencies.affects(tokens, changed)) expected.add(path);
            });
            Set<String> found = new TreeSet<>();
            Dependencies.affected(Dependencies.byToken(deps), changed, found::add);
            assertEquals(expected, found, "round " + round + ": " + deps + " after " + changed);
        }
    }

    private static Set<String> some(Random random, double p) {
        Set<String> out = new HashSet<>();
        for (String t : TOKENS) if (random.nextDouble() < p) out.add(t);
        return out;
    }
}
