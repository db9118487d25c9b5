package org.locallimits.diag;

/** How bad a problem is. Warnings fail the run only under {@code check --strict}. */
public enum Severity {
    ERROR("error"), WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
