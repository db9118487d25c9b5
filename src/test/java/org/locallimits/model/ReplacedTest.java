package org.locallimits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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

    @Test
    void plusAddsKeysAfterTheOnesItHadAndCanReplaceThemAgain() {
        Map<String, Integer> base = Map.of("a", 1);
        Map<String, Integer> map = Replaced.plus(Replaced.plus(base, Map.of("b", 2)), Map.of("c", 3, "b", 4));
        assertEquals(Map.of("a", 1, "b", 4, "c", 3), map);
        assertEquals(3, map.size());
        assertEquals(java.util.List.of("a", "b", "c"), java.util.List.copyOf(map.keySet()), "base order, then added");
        assertEquals(true, map.containsKey("c"));
        assertEquals(false, map.containsKey("d"));
    }

    @Test
    void savingTheSameFewKeysAgainAndAgainNeverCopiesTheMap() {
        Map<String, Integer> base = new HashMap<>();
        for (int i = 0; i < 10_000; i++) base.put("k" + i, i);
        Map<String, Integer> map = Map.copyOf(base);
        for (int round = 0; round < 1_000; round++) {
            map = Replaced.of(map, Map.of("k" + (round % 3), round));
            assertInstanceOf(Replaced.class, map, "round " + round);
        }
        assertEquals(999, map.get("k0"));
        assertEquals(998, map.get("k2"));
        assertEquals(5, map.get("k5"));
    }

    @Test
    void manyReplacementsAreCopiedOutIntoOneMap() {
        Map<String, Integer> map = Map.of("a", 1);
        for (int i = 0; i < 32; i++) map = Replaced.plus(map, Map.of("n" + i, i));
        assertInstanceOf(Replaced.class, map, "32 replacements are kept as they are");
        map = Replaced.plus(map, Map.of("n32", 32));
        assertEquals(34, map.size());
        assertEquals(false, map instanceof Replaced, "more replacements than the map had: copied out");
        assertEquals(32, map.get("n32"));
    }
}
