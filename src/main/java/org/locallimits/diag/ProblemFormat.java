package org.locallimits.diag;

import java.util.List;

/** Turns problems into the text editors read, or into GitHub Actions annotations. Stateless. */
public enum ProblemFormat {
    TEXT, GITHUB;

    /** The maximum number of problems printed in full; the summary still counts them all. */
    public static final int LIMIT = 200;

    public String format(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Problem p : problems) {
            if (shown++ == LIMIT) {
                out.append("... ").append(problems.size() - LIMIT).append(" more not shown\n");
                break;
            }
            out.append(this == TEXT ? text(p) : github(p));
        }
        return out.toString();
    }

    public static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        long notes = problems.size() - errors - warnings;
        return plural(errors, "error") + ", " + plural(warnings, "warning") + (notes == 0 ? "" : ", " + plural(notes, "note"));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String text(Problem p) {
        String s = visible(p.headline(), false) + "\n";
        return p.hint().isEmpty() ? s : s + "  hint: " + visible(p.hint(), true).replace("\n", "\n        ") + "\n";
    }

    /**
     * Messages quote content (file names, values), which may hold control characters, terminal escape sequences,
     * zero-width or bidirectional-override characters: they are shown as {@code \\uXXXX}, so that an editor sees
     * them and content cannot forge lines or colours in a terminal or CI log.
     */
    static String visible(String s, boolean keepNewlines) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean hidden = (type == Character.CONTROL && !(keepNewlines && c == '\n')) || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (hidden && out == null) out = new StringBuilder(s.substring(0, i));
            if (out == null) continue;
            if (hidden) out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            else out.append(c);
        }
        return out == null ? s : out.toString();
    }

    private static String github(Problem p) {
        String kind = p.severity() == Severity.NOTE ? "notice" : p.severity().label();
        StringBuilder s = new StringBuilder("::").append(kind).append(" file=")
                .append(escapeProperty(visible(p.pos().file(), false)));
        if (p.pos().line() > 0) {
            s.append(",line=").append(p.pos().line()).append(",col=").append(Math.max(1, p.pos().column()));
        }
        String message = visible(p.hint().isEmpty() ? p.message() : p.message() + "\n" + p.hint(), true);
        return s.append("::").append(escapeData(message)).append('\n').toString();
    }

    // Escaping rules of the GitHub Actions workflow-command format.
    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
