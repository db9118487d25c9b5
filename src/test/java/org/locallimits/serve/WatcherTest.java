package org.locallimits.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locallimits.content.ChangedFiles;

/** The watcher names the files a burst of changes touched, and says it cannot when a folder appears. */
class WatcherTest {
    @TempDir
    Path dir;

    @Test
    void namesTheFilesABurstTouchedAndGivesUpOnNewFolders() throws Exception {
        Path measures = Files.createDirectories(dir.resolve("measures"));
        Path a = Files.writeString(measures.resolve("a.md"), "one");
        LinkedBlockingQueue<ChangedFiles> calls = new LinkedBlockingQueue<>();
        try (Watcher watcher = new Watcher(List.of(dir), 50, calls::add)) {
            watcher.start();
            Files.writeString(a, "two");
            Path b = Files.writeString(measures.resolve("b.md"), "new");
            ChangedFiles burst = next(calls, Set.of(a, b));
            assertTrue(burst.known());
            assertTrue(burst.paths().containsAll(Set.of(a.toAbsolutePath(), b.toAbsolutePath())), burst.toString());

            Files.delete(b);
            ChangedFiles deleted = next(calls, Set.of(b));
            assertTrue(deleted.known());

            Path folder = Files.createDirectories(dir.resolve("jurisdictions/newstate"));
            Files.writeString(folder.resolve("newstate.md"), "made with the folder");
            ChangedFiles added = calls.poll(10, TimeUnit.SECONDS);
            assertNotNull(added, "a new folder is reported");
            while (added.known() && added.paths().stream().noneMatch(p -> p.startsWith(dir.resolve("jurisdictions")))) {
                added = calls.poll(10, TimeUnit.SECONDS);
                assertNotNull(added);
            }
            assertFalse(added.known(), "files made in a folder before it was watched are unknown: " + added);
        }
    }

    /** The first call naming all of {@code expected}, merging calls when a burst was split by a slow machine. */
    private static ChangedFiles next(LinkedBlockingQueue<ChangedFiles> calls, Set<Path> expected)
            throws InterruptedException {
        java.util.Set<Path> seen = new java.util.HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            ChangedFiles c = calls.poll(100, TimeUnit.MILLISECONDS);
            if (c == null) continue;
            if (!c.known()) return c;
            seen.addAll(c.paths());
            if (expected.stream().allMatch(p -> seen.contains(p.toAbsolutePath().normalize()))) {
                return ChangedFiles.of(seen);
            }
        }
        assertEquals(expected, seen, "the watcher reported these within 10 s");
        return null;
    }
}
