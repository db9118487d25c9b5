package org.locallimits.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the sources cited on one page in order of first citation, so the notes and the list at the end agree.
 * Mutable and confined to the thread rendering that page.
 */
public final class SourceNumbers {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    public int number(String sourceId) {
        return numbers.computeIfAbsent(sourceId, k -> numbers.size() + 1);
    }

    /** Source ids in number order (the first is note 1). */
    public List<String> order() {
        return new ArrayList<>(numbers.keySet());
    }
}
