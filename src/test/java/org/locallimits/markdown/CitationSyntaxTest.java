package org.locallimits.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class CitationSyntaxTest {
    /** Every group in the text, as the pattern finds them, and as the written-out search finds them. */
    private static List<String> byPattern(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CitationSyntax.GROUP.matcher(text);
        while (m.find()) out.add(m.start() + "-" + m.end() + ":" + m.group(1));
        return out;
    }

    private static List<String> bySearch(String text) {
        List<String> out = new ArrayList<>();
        for (CitationSyntax.Group g = CitationSyntax.find(text, 0); g != null;
                g = CitationSyntax.find(text, g.end())) {
            out.add(g.start() + "-" + g.end() + ":" + g.inside());
        }
        return out;
    }

    @Test
    void findsTheGroupsThePatternFinds() {
        for (String text : List.of("See [@a] and [@b, p. 2; @c].", "[@x [@y] z]", "[@broken\n] [@ok]", "[[@a]]",
                "[@]", "no group", "[@a", "@a]", "[ @a]", "[@a][@b]")) {
            assertEquals(byPattern(text), bySearch(text), text);
        }
        Random random = new Random(3);
        String alphabet = "[]@\n a;,§";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            assertEquals(byPattern(t), bySearch(t), t);
        }
    }
}
