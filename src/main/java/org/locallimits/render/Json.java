package org.locallimits.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for values built by the generator (maps, lists, strings, numbers, booleans). It escapes
 * {@code <}, {@code >} and {@code &} as well, so the output is safe inside an HTML {@code <script>} element.
 * Map iteration order is kept, so callers pass ordered maps for deterministic output. Stateless.
 */
public final class Json {
    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        try {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a StringBuilder
        }
        return out.toString();
    }

    /** {@link #write(Object)} into {@code out} as it goes, for values too large to hold as one string. */
    public static void write(Object v, Writer out) throws IOException {
        write(v, (Appendable) out);
    }

    private static void write(Object v, Appendable out) throws IOException {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s, out);
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v.toString());
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) out.append(',');
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) out.append(',');
                write(l.get(i), out);
            }
            out.append(']');
        } else {
            string(v.toString(), out);
        }
    }

    private static void string(String s, Appendable out) throws IOException {
        out.append('"');
        // Runs of characters that need no escape are appended whole: a Writer takes each call under a lock, and
        // the open data of a large site is megabytes of text.
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            String escaped = escape(s.charAt(i));
            if (escaped == null) continue;
            append(s, run, i, out);
            out.append(escaped);
            run = i + 1;
        }
        append(s, run, s.length(), out);
        out.append('"');
    }

    private static void append(String s, int from, int to, Appendable out) throws IOException {
        if (out instanceof Writer w) w.write(s, from, to - from); // no substring, unlike Writer.append
        else out.append(s, from, to);
    }

    /** How {@code c} is written inside a JSON string, or null when it is written as it is. */
    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '<' -> "\\u003c";
            case '>' -> "\\u003e";
            case '&' -> "\\u0026";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
