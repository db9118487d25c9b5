package org.locallimits.content;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/**
 * The files the preview's watcher saw change since the last rebuild, or {@link #UNKNOWN} when nobody watched (the
 * first build, a one-shot build) or events were lost. With a known set the preview updates its last listing of
 * {@code content/} instead of walking the folder again: at 10,000 pages the walk was a third of a rebuild.
 *
 * @param known whether {@code paths} is the whole story
 * @param paths absolute, normalised paths of files and folders created, modified or deleted
 */
public record ChangedFiles(boolean known, Set<Path> paths) {
    public static final ChangedFiles UNKNOWN = new ChangedFiles(false, Set.of());

    public ChangedFiles {
        paths = Set.copyOf(paths);
    }

    public static ChangedFiles of(Collection<Path> paths) {
        return new ChangedFiles(true, paths.stream().map(p -> p.toAbsolutePath().normalize())
                .collect(java.util.stream.Collectors.toSet()));
    }
}
