package org.locallimits.cli;

/** The fixed exit codes of every command. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int CONTENT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;
    /** The site could not be written (a full disk, a read-only folder); the previous site is left as it was. */
    public static final int OUTPUT = 4;

    private ExitCodes() {
    }
}
