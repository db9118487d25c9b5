package org.locallimits.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs one action per item on every core, each thread taking the next item as soon as it has finished its last.
 *
 * <p>A parallel stream splits its items into a few fixed shares up front (four on a 2-core machine), so when one
 * share holds the slower files, one core works alone through its end while the other waits: at 10,000 pages that
 * was most of a second of each stage. Taking items one at a time keeps both busy to the last item; the cost, one
 * atomic increment per item, is nothing beside parsing or rendering a page.
 *
 * <p>Results depend only on the items, never on which thread ran them or in what order. The calling thread works
 * too, so progress never waits for a free pool thread. The first failure stops the handing out of items and is
 * thrown to the caller as it was thrown (not as the copy a fork-join task makes of it), after every thread has
 * stopped.
 */
public final class Parallel {
    private Parallel() {
    }

    /** Calls {@code action} once for each index from 0 to {@code count - 1}. */
    public static void forEach(int count, IntConsumer action) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) action.accept(i);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                next.set(count);
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), count - 1);
        List<ForkJoinTask<?>> started = new ArrayList<>();
        for (int h = 0; h < helpers; h++) started.add(ForkJoinPool.commonPool().submit(work));
        work.run();
        started.forEach(ForkJoinTask::join);
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t); // an IntConsumer cannot throw a checked exception
    }

    /** {@code f} applied to each item, in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        Object[] out = new Object[items.size()];
        forEach(items.size(), i -> out[i] = f.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
        return list;
    }
}
