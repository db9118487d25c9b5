package org.locallimits.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code build} and {@code check} again in a JVM set up for a short run, when the jar was started plainly
 * ({@code java -jar explainer.jar build}): only the fast compiler ({@code -XX:TieredStopAtLevel=1}), since most of
 * a short run otherwise goes to optimising code that then runs a few hundred times; the serial collector, which
 * keeps memory close to what is live (grown to keep 20 % free, not the default 40 %), with its young generation
 * capped at 160 MB (a page's garbage dies young, while a third of the heap, the default, is 400 MB of memory at
 * 100,000 pages: with the cap that build peaks at 1.3 GB instead of 1.9 GB, and smaller builds never reach it);
 * and the class-data archive {@code mvn package} writes beside the jar. On
 * this project's 2-core machine that halves the wall time of a build of up to a few thousand pages and cuts its
 * memory by half or more. Anyone who starts the JVM with options of their own (or {@code JDK_JAVA_OPTIONS}), or
 * sets {@code EXPLAINER_RELAUNCH=0}, gets exactly the JVM they started; {@code serve}, which runs for hours,
 * always does.
 */
final class Relaunch {
    /** Set in the second JVM, so that it does not start a third. */
    static final String MARK = "explainer.relaunched";

    private Relaunch() {
    }

    /** The exit code of the second JVM, or nothing when this JVM should run the command itself. */
    static Optional<Integer> run(String[] args) {
        List<String> command = command(args, ProcessHandle.current().info(), System.getenv("EXPLAINER_RELAUNCH"),
                System.getProperty(MARK));
        if (command.isEmpty()) return Optional.empty();
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread stop = new Thread(child::destroy);
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return Optional.of(code);
        } catch (IOException e) {
            return Optional.empty(); // no second JVM: this one runs the command, only more slowly
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(ExitCodes.INTERNAL);
        }
    }

    /** The second JVM's command line, or an empty list when there should be none. */
    static List<String> command(String[] args, ProcessHandle.Info self, String setting, String mark) {
        if (mark != null || "0".equals(setting)) return List.of();
        if (args.length == 0 || !(args[0].equals("build") || args[0].equals("check"))) return List.of();
        Optional<String> java = self.command();
        Optional<String[]> started = self.arguments();
        if (java.isEmpty() || started.isEmpty()) return List.of();
        // Started as `java -jar JAR ARGS…` and nothing else: any JVM option of the user's is theirs to keep.
        String[] all = started.get();
        if (all.length != args.length + 2 || !all[0].equals("-jar") || !all[1].endsWith(".jar")) return List.of();
        for (int i = 0; i < args.length; i++) {
            if (!all[i + 2].equals(args[i])) return List.of();
        }
        List<String> command = new ArrayList<>(List.of(java.get(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:MaxNewSize=160m", "-D" + MARK + "=true"));
        Path archive = Path.of(all[1]).toAbsolutePath().resolveSibling("explainer.jsa");
        if (Files.isRegularFile(archive)) {
            // An archive left from an older jar is not used; the JVM's warning about it says nothing a user can act on.
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.add("-jar");
        command.add(all[1]);
        command.addAll(List.of(args));
        return command;
    }
}
