package org.locallimits.diag;

/**
 * How bad a problem is. Warnings fail the run only under {@code check --strict}; notes never do (for example,
 * a translation that has fallen behind its English page).
 */
public enum Severity {
    ERROR("error"), WARNING("warning"), NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
