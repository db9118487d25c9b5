package org.locallimits.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the problems of a run. Thread-safe: parallel stages report into one instance.
 * Identical problems (same position and message) are kept once.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();
    /** The same problems as a set, so that a file with thousands of mistakes is not checked in quadratic time. */
    private final java.util.Set<Problem> seen = new java.util.HashSet<>();

    public synchronized void add(Problem p) {
        if (seen.add(p)) list.add(p);
    }

    public void error(SourcePos pos, String message, String hint) {
        add(Problem.error(pos, message, hint));
    }

    public void warning(SourcePos pos, String message, String hint) {
        add(Problem.warning(pos, message, hint));
    }

    public synchronized void addAll(Collection<Problem> ps) {
        ps.forEach(this::add);
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized int errorCount() {
        return (int) list.stream().filter(Problem::isError).count();
    }

    public synchronized int warningCount() {
        return list.size() - errorCount();
    }

    /** All problems, sorted by file, line and column. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Problem.ORDER);
        return List.copyOf(copy);
    }
}
