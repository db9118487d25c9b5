package org.locallimits.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locallimits.diag.SourcePos;

/** A YAML mapping with text keys, in the order written. Immutable. */
public record YMap(Map<String, Entry> entries, SourcePos pos) implements YNode {

    /** One key and its value, with the key's own position (where "unknown key" problems point). */
    public record Entry(String key, SourcePos keyPos, YNode value) {
    }

    public YMap {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<YNode> get(String key) {
        Entry e = entries.get(key);
        if (e == null || (e.value() instanceof YScalar s && s.isNull())) return Optional.empty();
        return Optional.of(e.value());
    }

    @Override
    public String kind() {
        return "a set of fields";
    }
}
