package org.locallimits.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locallimits.diag.Problem;
import org.locallimits.markdown.Parsed;

/**
 * What the reference checks found in each content file, kept between the preview server's rebuilds: a file whose
 * record and parsed body are the very objects checked last time, in a site with the same ids, has the same
 * problems and cites the same sources, so it is not checked again. At 10,000 pages checking every file was a third
 * of a rebuild. Thread-safe.
 */
final class ReferenceMemo {
    /** Entries kept per file: one per language edition that shows it. */
    private static final int PER_FILE = 4;

    /** The checks' result for one file. */
    record Found(Object record, Parsed parsed, List<Problem> problems, List<String> cited) {
    }

    private final Map<String, List<Found>> byFile = new ConcurrentHashMap<>();
    private Object universe;

    /**
     * Starts a check of a site whose ids and settings are {@code universe}; what was found in a different one is
     * forgotten, since an id added or removed can make a reference valid or not.
     */
    synchronized void use(Object universe) {
        if (!universe.equals(this.universe)) byFile.clear();
        this.universe = universe;
    }

    Found find(String file, Object record, Parsed parsed) {
        for (Found f : byFile.getOrDefault(file, List.of())) {
            if (f.record() == record && f.parsed() == parsed) return f;
        }
        return null;
    }

    void put(String file, Found found) {
        byFile.compute(file, (k, list) -> {
            List<Found> out = new ArrayList<>();
            out.add(found);
            if (list != null) list.stream().limit(PER_FILE - 1).forEach(out::add);
            return List.copyOf(out);
        });
    }
}
