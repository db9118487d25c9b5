package org.locallimits.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void callsTheActionExactlyOnceForEachIndex() {
        for (int count : new int[] {0, 1, 2, 3, 1000}) {
            AtomicIntegerArray calls = new AtomicIntegerArray(count);
            Parallel.forEach(count, calls::incrementAndGet);
            for (int i = 0; i < count; i++) assertEquals(1, calls.get(i), "index " + i + " of " + count);
        }
    }

    @Test
    void mapsInTheItemsOrderWhateverOrderTheyFinishIn() {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        List<String> out = Parallel.map(items, i -> {
            if (i % 7 == 0) Thread.onSpinWait();
            return "#" + i;
        });
        assertEquals(items.stream().map(i -> "#" + i).toList(), out);
    }

    @Test
    void throwsTheFirstFailureAsItWasThrownAndStopsHandingOutItems() {
        IllegalArgumentException failure = new IllegalArgumentException("file changed");
        AtomicInteger ran = new AtomicInteger();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () ->
                Parallel.forEach(100_000, i -> {
                    ran.incrementAndGet();
                    if (i == 10) throw failure;
                }));
        assertSame(failure, thrown);
        assertTrue(ran.get() < 100_000, "items were handed out after the failure: " + ran.get());
    }

    @Test
    void anActionMayItselfRunInParallel() {
        AtomicInteger calls = new AtomicInteger();
        Parallel.forEach(8, i -> Parallel.forEach(50, j -> calls.incrementAndGet()));
        assertEquals(400, calls.get());
    }
}
