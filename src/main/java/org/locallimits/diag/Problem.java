package org.locallimits.diag;

import java.util.Comparator;

/**
 * One mistake found in the content or templates: where it is, what is wrong, and how to fix it.
 * Immutable. The message is one sentence without a trailing period; the hint may be empty.
 */
public record Problem(Severity severity, SourcePos pos, String message, String hint) {

    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::pos)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public static Problem error(SourcePos pos, String message, String hint) {
        return new Problem(Severity.ERROR, pos, message, hint == null ? "" : hint);
    }

    public static Problem warning(SourcePos pos, String message, String hint) {
        return new Problem(Severity.WARNING, pos, message, hint == null ? "" : hint);
    }

    public static Problem note(SourcePos pos, String message, String hint) {
        return new Problem(Severity.NOTE, pos, message, hint == null ? "" : hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col: error: message}, the first line of the text format. */
    public String headline() {
        return pos + ": " + severity.label() + ": " + message;
    }
}
