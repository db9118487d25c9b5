package org.locallimits.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Builds the command line and maps outcomes to exit codes: usage mistakes give 2, a site that cannot be written 4,
 * unexpected failures 3 with a one-line message (the stack trace only with {@code --verbose}). Commands return
 * their own codes otherwise.
 */
public final class Cli {
    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** The subcommands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("build", BuildCommand::new);
        all.put("check", CheckCommand::new);
        all.put("serve", ServeCommand::new);
        all.put("new", NewCommand::new);
        all.put("translated", TranslatedCommand::new);
        all.put("help", () -> new CommandLine.HelpCommand());
        return all;
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new RootCommand());
        // Only the command that runs is set up when it is named first: picocli reads every option of every
        // command it is given, which was a tenth of a build of the real content. Anything else (help, a
        // misspelt command) gets them all, so that help lists them and a mistake gets its suggestion.
        Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cl.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Failure());
        return cl.execute(args);
    }

    /**
     * A class, not a lambda, as is the help command's supplier above: picocli's classes are of Java 5, and
     * Temurin 25 stops with an internal error writing an ahead-of-time cache (AOTClassLinking) that holds a
     * lambda of one of their interfaces.
     */
    private static final class Failure implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parsed) {
            return failed(ex, parsed.originalArgs().contains("--verbose"), commandLine.getErr());
        }
    }

    /** What a command that threw prints, and its exit code. */
    static int failed(Exception ex, boolean verbose, java.io.PrintWriter err) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            // Not a fault of the tool: a content file was saved while the build was reading it.
            if (t instanceof org.locallimits.content.BodyText.ChangedDuringBuild changed) {
                err.println(changed.getMessage());
                err.flush();
                return ExitCodes.CONTENT;
            }
            // Nor is a full disk or a read-only folder.
            if (t instanceof org.locallimits.output.OutputFolder.WriteFailed writing) {
                err.println("error: " + writing.getMessage());
                err.println("hint: free some disk space, make the folder writable or move what is in the way,"
                        + " or pass --out DIR; the previous site was left as it was");
                err.flush();
                return ExitCodes.OUTPUT;
            }
        }
        err.println("internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) ex.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
