package org.locallimits.build;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locallimits.model.Replaced;
import org.locallimits.render.OutputFile;

/**
 * The preview's site: output path → bytes, read-only, iterated in path order. Deferred files (the search index)
 * are made the first time they are read, so a rebuild does not pay for files no browser has asked for. Lookups
 * hash; the sorted order is made only when someone iterates (at 10,000 pages, sorting on every rebuild cost more
 * than rendering the edited page).
 */
final class PreviewSite extends AbstractMap<String, byte[]> {
    static final PreviewSite EMPTY = new PreviewSite(Map.of());

    private final Map<String, OutputFile> files;
    private volatile SortedMap<String, OutputFile> sorted;

    /** @param files immutable */
    private PreviewSite(Map<String, OutputFile> files) {
        this.files = files;
    }

    /** A site of these files. */
    static PreviewSite of(Map<String, OutputFile> files) {
        return new PreviewSite(Collections.unmodifiableMap(new HashMap<>(files)));
    }

    /**
     * This site with {@code changes} made: files added or replaced, sharing the files kept (at 10,000 pages a copy
     * of the site's map cost as much as rendering the page edited).
     */
    PreviewSite with(Map<String, OutputFile> changes) {
        return new PreviewSite(Replaced.plus(files, changes));
    }

    private SortedMap<String, OutputFile> sorted() {
        SortedMap<String, OutputFile> s = sorted;
        if (s == null) sorted = s = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        return s;
    }

    @Override
    public byte[] get(Object path) {
        OutputFile f = files.get(path);
        return f == null ? null : f.bytes();
    }

    @Override
    public boolean containsKey(Object path) {
        return files.containsKey(path);
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public Set<String> keySet() {
        return sorted().keySet();
    }

    @Override
    public Set<Entry<String, byte[]>> entrySet() {
        Set<Entry<String, byte[]>> out = new java.util.LinkedHashSet<>();
        sorted().forEach((path, f) -> out.add(Map.entry(path, f.bytes())));
        return Collections.unmodifiableSet(out);
    }

    /**
     * The paths whose bytes differ between two sites (added, changed or removed). A deferred file counts as
     * changed unless it is the very same file, so finding out never makes it.
     */
    static Set<String> changed(PreviewSite before, PreviewSite after) {
        Set<String> changed = before.changedBy(after.files);
        before.files.keySet().stream().filter(path -> !after.files.containsKey(path)).forEach(changed::add);
        return changed;
    }

    /** The paths whose bytes {@code changes} (files added or replaced) would change in this site. */
    Set<String> changedBy(Map<String, OutputFile> changes) {
        Set<String> changed = new TreeSet<>();
        changes.forEach((path, f) -> {
            OutputFile old = files.get(path);
            if (old == f) return;
            if (old == null || old.isDeferred() || f.isDeferred() || !Arrays.equals(old.bytes(), f.bytes())) {
                changed.add(path);
            }
        });
        return changed;
    }
}
