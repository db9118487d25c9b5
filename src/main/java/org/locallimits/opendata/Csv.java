package org.locallimits.opendata;

import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a field quoted when it holds a comma,
 * quote, CR or LF, quotes doubled. A field a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or CR) gets a leading apostrophe first, so opening the file never runs
 * anything an editor or a source wrote. Stateless.
 */
public final class Csv {
    private Csv() {
    }

    /** A whole file: the header row, then one row per entry. */
    public static String write(List<String> header, List<List<String>> rows) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(header, rows, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // not thrown by a StringWriter
        }
        return out.toString();
    }

    /** {@link #write(List, List)} into {@code out} row by row, for files too large to hold as one string. */
    public static void write(List<String> header, List<List<String>> rows, java.io.Writer out)
            throws java.io.IOException {
        StringBuilder line = new StringBuilder(256);
        row(header, line);
        for (List<String> r : rows) {
            row(r, line);
            if (line.length() >= 1 << 16) {
                out.append(line);
                line.setLength(0);
            }
        }
        out.append(line);
    }

    private static void row(List<String> cells, StringBuilder out) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One field, neutralised and quoted as needed. */
    public static String field(String value) {
        String v = neutralise(value);
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\r') < 0 && v.indexOf('\n') < 0) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** The value with a leading apostrophe when a spreadsheet would treat it as a formula. */
    public static String neutralise(String value) {
        if (value.isEmpty()) return value;
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
