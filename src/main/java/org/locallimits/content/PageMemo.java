package org.locallimits.content;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each content page loaded from a file, for the preview server, which loads every file again after
 * each save although one changed: a file with the same modification time and size, loaded against an equal
 * vocabulary, gives the same record without being read. Only pages that loaded without any problem are kept, so a
 * file with a mistake is read (and reported) every time. Holds one record per file. Thread-safe.
 */
public final class PageMemo {
    private record Entry(FileTime modified, long size, Vocabulary vocabulary, Object page) {
    }

    /** What identifies a file's state without reading it. */
    record Stamp(FileTime modified, long size) {
    }

    private final Map<Path, Entry> last = new ConcurrentHashMap<>();

    Optional<Object> get(Path file, Stamp stamp, Vocabulary vocabulary) {
        Entry e = last.get(file);
        if (e == null || !e.modified().equals(stamp.modified()) || e.size() != stamp.size()
                || !e.vocabulary().equals(vocabulary)) {
            return Optional.empty();
        }
        return Optional.of(e.page());
    }

    void put(Path file, Stamp stamp, Vocabulary vocabulary, Object page) {
        last.put(file, new Entry(stamp.modified(), stamp.size(), vocabulary, page));
    }

    void forget(Path file) {
        last.remove(file);
    }
}
