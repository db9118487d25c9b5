package org.locallimits.yaml;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locallimits.diag.Problems;

/**
 * Remembers the last parse of each file's YAML, for the preview server, which reads the same unchanged files on
 * every rebuild. Only clean parses are kept, so a file with a problem is parsed (and reported) again each time.
 * Holds one tree per file. Thread-safe.
 */
public final class YamlMemo {
    /** The text a tree was parsed from, where it started, and the tree. */
    private record Entry(String text, int firstLine, YNode tree) {
    }

    private final Map<String, Entry> last = new ConcurrentHashMap<>();

    public Optional<YNode> read(String text, String path, int firstLine, Problems problems) {
        Entry e = last.get(path);
        if (e != null && e.firstLine() == firstLine && e.text().equals(text)) return Optional.of(e.tree());
        Problems local = new Problems();
        Optional<YNode> tree = YamlReader.read(text, path, firstLine, local);
        local.sorted().forEach(problems::add);
        if (tree.isPresent() && local.sorted().isEmpty()) last.put(path, new Entry(text, firstLine, tree.get()));
        else last.remove(path);
        return tree;
    }
}
