package org.locallimits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReplacedTest {
    @Test
    void aChainOfReplacementsIsTheMapWithEveryReplacementMadeInTurn() {
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 200; i++) expected.put("k" + i, i);
        Map<String, Integer> map = Map.copyOf(expected);
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            Map<String, Integer> values = new HashMap<>();
            for (int n = random.nextInt(4); n >= 0; n--) values.put("k" + random.nextInt(200), random.nextInt());
            map = Replaced.of(map, values);
            expected.putAll(values);
            assertEquals(expected, map, "round " + round);
            assertEquals(expected.hashCode(), map.hashCode());
            for (String key : expected.keySet()) assertEquals(expected.get(key), map.get(key));
            assertEquals(expected.size(), map.size());
            assertEquals(null, map.get("missing"));
        }
    }

    @Test
    void itIsImmutableAndReplacesOnlyKeysItHas() {
        Map<String, Integer> map = Replaced.of(Map.of("a", 1, "b", 2), Map.of("a", 3));
        assertEquals(Map.of("a", 3, "b", 2), map);
        assertThrows(UnsupportedOperationException.class, () -> map.put("a", 4));
        assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().remove());
        assertThrows(IllegalArgumentException.class, () -> Replaced.of(map, Map.of("c", 1)));
        org.junit.jupiter.api.Assertions.assertSame(map, Replaced.immutable(map), "not copied again");
    }
}
