package org.locallimits.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locallimits.diag.Problem;
import org.locallimits.diag.Problems;

class YamlReaderTest {

    private static Optional<YNode> read(String yaml, Problems problems) {
        return YamlReader.read(yaml, "f.yaml", 2, problems);
    }

    private static YMap map(String yaml) {
        Problems problems = new Problems();
        YNode node = read(yaml, problems).orElseThrow();
        assertTrue(problems.sorted().isEmpty(), problems.sorted()::toString);
        return (YMap) node;
    }

    @Test
    void keepsDatesNumbersAndNorwayAsTheTextWritten() {
        YMap m = map("date: 2021-10-12\nsection: 1.10\ncountry: NO\ntime: 1:20\noctal: 010\n");
        assertEquals("2021-10-12", ((YScalar) m.get("date").orElseThrow()).value());
        assertEquals("1.10", ((YScalar) m.get("section").orElseThrow()).value());
        assertEquals("NO", ((YScalar) m.get("country").orElseThrow()).value());
        assertEquals("1:20", ((YScalar) m.get("time").orElseThrow()).value());
        assertEquals("010", ((YScalar) m.get("octal").orElseThrow()).value());
    }

    @Test
    void recordsPositionsShiftedByTheFirstLine() {
        YMap m = map("title: a\nlist:\n  - x\n");
        YMap.Entry list = m.entries().get("list");
        assertEquals("f.yaml:3:1", list.keyPos().toString());
        assertEquals("f.yaml:4:5", ((YList) list.value()).items().get(0).pos().toString());
    }

    @Test
    void rejectsDuplicateKeys() {
        Problems problems = new Problems();
        assertTrue(read("title: a\ntitle: b\n", problems).isEmpty());
        assertEquals("f.yaml:3:1: error: the field `title` appears twice (first at line 2)",
                problems.sorted().get(0).headline());
    }

    @Test
    void rejectsJavaTypeTags() {
        Problems problems = new Problems();
        assertTrue(read("x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n", problems)
                .isEmpty());
        List<Problem> list = problems.sorted();
        assertEquals(1, list.size());
        assertTrue(list.get(0).headline().startsWith("f.yaml:2:4: error: YAML"), list.get(0).headline());
    }

    @Test
    void rejectsLocalTags() {
        Problems problems = new Problems();
        assertTrue(read("x: !custom value\n", problems).isEmpty());
        assertTrue(problems.sorted().get(0).message().contains("unsupported YAML tag"));
    }

    @Test
    void stopsBillionLaughs() {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        Problems problems = new Problems();
        assertTrue(read(y.toString(), problems).isEmpty());
        assertTrue(problems.hasErrors());
    }

    @Test
    void rejectsDeepNesting() {
        Problems problems = new Problems();
        assertTrue(read("a: " + "[".repeat(60) + "]".repeat(60) + "\n", problems).isEmpty());
        assertTrue(problems.hasErrors());
    }

    @Test
    void reportsTabsInIndentationPlainly() {
        Problems problems = new Problems();
        read("a:\n\tb: c\n", problems);
        assertEquals("f.yaml:3:1: error: YAML syntax: a tab character is used for indentation",
                problems.sorted().get(0).headline());
    }

    @Test
    void anEmptyDocumentIsAnEmptyMap() {
        assertTrue(map("").entries().isEmpty());
    }
}
