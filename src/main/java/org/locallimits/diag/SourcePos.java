package org.locallimits.diag;

/**
 * A position in a project file: a path relative to the project root, with 1-based line and column.
 * Immutable. A line of 0 means "the whole file" (for problems that have no better position).
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

    public static SourcePos of(String file, int line, int column) {
        return new SourcePos(file, Math.max(0, line), Math.max(0, column));
    }

    public static SourcePos file(String file) {
        return new SourcePos(file, 0, 0);
    }

    /** The same file, moved down by {@code lines} (front matter and body offsets). */
    public SourcePos shift(int lines) {
        return new SourcePos(file, line + lines, column);
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
