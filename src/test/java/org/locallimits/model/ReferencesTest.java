package org.locallimits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written checks that replaced regular expressions on the validation path agree with them. */
class ReferencesTest {
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern REF = Pattern.compile("(measure|jurisdiction|limit|page|source):([^#]*)(#.*)?");

    private static List<String> samples() {
        List<String> out = new ArrayList<>(List.of("", "-", "a", "a-", "-a", "a--b", "a-b", "gazette-2025",
                "Gazette_2025", "a b", "é", "a-b-c9", "9", "measure:", "measure:x", "measure:x#y", "page:#y",
                "limit:a:b", "source:s", "jurisdiction:j#k#l", "Measure:x", "https://example.org", "mailto:a@b",
                " measure:x", "measurex:y", "#section", "pages:x"));
        Random random = new Random(7);
        String alphabet = "ab09-_A :#/.é";
        for (int n = 0; n < 5000; n++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "" : List.of("measure:", "page:", "source:",
                    "limit:", "jurisdiction:", "http:").get(random.nextInt(6)));
            for (int i = random.nextInt(8); i > 0; i--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void sourceIdCheckAgreesWithThePattern() {
        for (String s : samples()) {
            assertEquals(SOURCE_ID.matcher(s).matches(), References.isSourceId(s), "`" + s + "`");
        }
    }

    @Test
    void crossReferenceParsingAgreesWithThePattern() {
        for (String s : samples()) {
            var m = REF.matcher(s);
            Optional<CrossRefs.Target> expected = m.matches() ? Optional.of(new CrossRefs.Target(m.group(1),
                    m.group(2), m.group(3) == null ? "" : m.group(3))) : Optional.empty();
            assertEquals(expected, CrossRefs.parse(s), "`" + s + "`");
        }
    }
}
