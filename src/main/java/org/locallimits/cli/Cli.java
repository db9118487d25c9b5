package org.locallimits.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Builds the command line and maps outcomes to exit codes: usage mistakes give 2, unexpected failures 3 with a
 * one-line message (the stack trace only with {@code --verbose}). Commands return their own codes otherwise.
 */
public final class Cli {
    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            for (Throwable t = ex; t != null; t = t.getCause()) {
                // Not a fault of the tool: a content file was saved while the build was reading it.
                if (t instanceof org.locallimits.content.BodyText.ChangedDuringBuild changed) {
                    commandLine.getErr().println(changed.getMessage());
                    commandLine.getErr().flush();
                    return ExitCodes.CONTENT;
                }
            }
            boolean verbose = parseResult.originalArgs().contains("--verbose");
            commandLine.getErr().println("internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) ex.printStackTrace(commandLine.getErr());
            commandLine.getErr().flush();
            return ExitCodes.INTERNAL;
        });
        return cl.execute(args);
    }
}
