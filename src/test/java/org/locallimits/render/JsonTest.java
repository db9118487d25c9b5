package org.locallimits.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
