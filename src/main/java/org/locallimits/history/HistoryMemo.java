package org.locallimits.history;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The preview server's dates from git, read again only when the checkout's current commit moved
 * ({@link GitHistory#head}): editing files changes no date until they are committed, and running git on every
 * rebuild took longer than rendering the edited page. Thread-safe.
 */
public final class HistoryMemo {
    private record Last(Path folder, String prefix, String head, ChangeDates dates) {
    }

    private Last last;

    /** {@link GitHistory#read}, or its last result while the same folder's checkout is at the same commit. */
    public synchronized ChangeDates read(Path folder, String displayPrefix) {
        Optional<String> head = GitHistory.head(folder);
        if (head.isPresent() && last != null && last.head().equals(head.get()) && last.folder().equals(folder)
                && last.prefix().equals(displayPrefix)) {
            return last.dates();
        }
        // Read after the commit was named, so a commit made in between is seen as a move next time.
        ChangeDates dates = GitHistory.read(folder, displayPrefix);
        last = head.map(h -> new Last(folder, displayPrefix, h, dates)).orElse(null);
        return dates;
    }
}
