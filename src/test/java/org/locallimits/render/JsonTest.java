package org.locallimits.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void escapesSoTheOutputCannotCloseAScriptElement() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "</script><script>alert(1)</script> & \"q\"\n");
        m.put("list", List.of(1, true));
        assertEquals("{\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 "
                + "\\\"q\\\"\\n\",\"list\":[1,true]}", Json.write(m));
    }

    @Test
    void writesEveryStringAsEscapingEachCharacterOnItsOwnWouldToAStringAndToAWriter() throws Exception {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "ab \"\\\n\r\t<>&\u2028\u2029\u0000\u001f\u007fé€\ud83d\ude00";
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String expected = oneByOne(s.toString());
            assertEquals(expected, Json.write(s.toString()));
            StringWriter w = new StringWriter();
            Json.write(List.of(s.toString()), w);
            assertEquals("[" + expected + "]", w.toString());
        }
    }

    /** The plain definition: each character escaped by itself. */
    private static String oneByOne(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
