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
        long warnings = problems.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String text(Problem p) {
        String s = p.headline() + "\n";
        return p.hint().isEmpty() ? s : s + "  hint: " + p.hint().replace("\n", "\n        ") + "\n";
    }

    private static String github(Problem p) {
        StringBuilder s = new StringBuilder("::").append(p.severity().label()).append(" file=")
                .append(escapeProperty(p.pos().file()));
        if (p.pos().line() > 0) {
            s.append(",line=").append(p.pos().line()).append(",col=").append(Math.max(1, p.pos().column()));
        }
        String message = p.hint().isEmpty() ? p.message() : p.message() + "\n" + p.hint();
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
