package org.locallimits.content;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each content page loaded from a file, for the preview server, which loads every file again after
 * each save although one changed: a file with the same modification time and size, loaded against an equal
 * vocabulary, gives the same record without being read; so does a translation read against an equal English page.
 * Only pages that loaded without any problem are kept, so a file with a mistake is read (and reported) every time.
 * Holds one record per file. Thread-safe.
 */
public final class PageMemo {
    private record Entry(FileTime modified, long size, Vocabulary vocabulary, Object page) {
    }

    /** What identifies a file's state without reading it. */
    record Stamp(FileTime modified, long size) {
        /**
         * Whether a file with this stamp may be kept, to be known by its stamp later: not if modified in the last
         * second, since file times advance in steps of milliseconds and a second save of the same size within one
         * step would otherwise go unseen (git's "racy clean" problem).
         */
        boolean settled() {
            return modified.toMillis() < System.currentTimeMillis() - 1000;
        }
    }

    /** A Markdown page found in content/: its path relative to the folder, and its time and size when listed. */
    record Listed(String rel, Path path, Stamp stamp) {
    }

    private final Map<Path, Entry> last = new ConcurrentHashMap<>();
    /** The last listing of content/ that found no problem, in path order; empty when there is none. */
    private volatile Optional<List<Listed>> listing = Optional.empty();
    /** The vocabulary the kept pages were loaded against, reused while equal so that checking it is one comparison. */
    private volatile Vocabulary vocabulary;

    Optional<List<Listed>> listing() {
        return listing;
    }

    void listing(Optional<List<Listed>> files) {
        listing = files;
    }

    private record Sources(org.locallimits.yaml.YNode yaml, Vocabulary vocabulary, List<Source> sources) {
    }

    private volatile Sources sources;

    /**
     * The sources of {@code sources.yaml}: the very list of the last load while its YAML is the same (the YAML
     * memo gives the same tree for the same text) and the vocabulary too, so that the preview compares them at
     * a glance. Only a list read without problems is kept.
     */
    List<Source> sources(org.locallimits.yaml.YNode yaml, Vocabulary vocabulary,
                         org.locallimits.diag.Problems problems) {
        Sources last = sources;
        if (last != null && last.yaml() == yaml && last.vocabulary() == vocabulary) return last.sources();
        org.locallimits.diag.Problems local = new org.locallimits.diag.Problems();
        List<Source> read = DataFiles.sources(yaml, vocabulary, local);
        local.sorted().forEach(problems::add);
        sources = local.sorted().isEmpty() ? new Sources(yaml, vocabulary, read) : null;
        return read;
    }

    /** {@code v}, or the equal vocabulary of the last load (so that pages kept against it are seen as current). */
    Vocabulary sameAsLast(Vocabulary v) {
        Vocabulary kept = vocabulary;
        if (kept != null && kept.equals(v)) return kept;
        vocabulary = v;
        return v;
    }

    Optional<Object> get(Path file, Stamp stamp, Vocabulary vocabulary) {
        Entry e = last.get(file);
        if (e == null || !e.modified().equals(stamp.modified()) || e.size() != stamp.size()
                || e.vocabulary() != vocabulary && !e.vocabulary().equals(vocabulary)) {
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

    private record KeptTranslation(Stamp stamp, Object source, Translation translation) {
    }

    private final Map<Path, KeptTranslation> translations = new ConcurrentHashMap<>();

    /** The translation read from {@code file} when it had this stamp, against an equal English page. */
    Optional<Translation> translation(Path file, Stamp stamp, Object source) {
        KeptTranslation k = translations.get(file);
        if (k == null || !k.stamp().equals(stamp) || k.source() != source && !k.source().equals(source)) {
            return Optional.empty();
        }
        return Optional.of(k.translation());
    }

    void translation(Path file, Stamp stamp, Object source, Optional<Translation> translation) {
        if (translation.isPresent()) {
            translations.put(file, new KeptTranslation(stamp, source, translation.get()));
        } else {
            translations.remove(file);
        }
    }
}
