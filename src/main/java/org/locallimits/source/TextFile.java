package org.locallimits.source;

/**
 * A content or template file read as text: its project-relative path (forward slashes) and its contents with a
 * byte-order mark removed and line endings normalised to {@code \n}. Immutable.
 */
public record TextFile(String path, String text) {

    /** The file name without folders and without its last extension. */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
