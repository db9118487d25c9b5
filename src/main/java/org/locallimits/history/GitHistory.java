package org.locallimits.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads from git when each file under a folder last changed, with one {@code git log} over the history of the
 * checkout's current commit. The date is the committer date of the newest commit touching the file, in the
 * committer's own time zone ({@code %cs}), so it is the same on every machine for a given checkout. Anything that
 * prevents reading history (no git, not a checkout, a refused repository) gives {@link ChangeDates#none()}:
 * pages then simply show no "last changed" date. A shallow clone knows only its newest commits, so CI must fetch
 * the full history. Stateless and thread-safe; runs a local process and never touches the network.
 */
public final class GitHistory {
    /** Separates commits in the log; cannot occur in a date or (with {@code -z}) be confused with a path. */
    private static final char COMMIT = '\u0001';
    private static final long TIMEOUT_SECONDS = 120;

    private GitHistory() {
    }

    /**
     * @param folder        the folder whose files to date (normally {@code content/})
     * @param displayPrefix how that folder is named in file names, such as {@code content}
     */
    public static ChangeDates read(Path folder, String displayPrefix) {
        if (!Files.isDirectory(folder)) return ChangeDates.none();
        String prefix = displayPrefix.isEmpty() || displayPrefix.endsWith("/") ? displayPrefix : displayPrefix + "/";
        // Settings that could change the output format are overridden; paths are NUL-terminated (-z), so
        // no quoting applies, and --relative names them relative to the folder and ignores everything outside it.
        List<String> command = List.of("git", "-c", "log.showSignature=false", "-c", "color.ui=false",
                "-c", "core.quotePath=false", "-C", folder.toAbsolutePath().toString(), "log", "-z",
                "--no-renames", "--name-only", "--relative", "--format=" + COMMIT + "%cs", "--", ".");
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String out;
            try (InputStream in = process.getInputStream()) {
                out = readAll(in);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return ChangeDates.none();
            }
            return process.exitValue() == 0 ? parse(out, prefix) : ChangeDates.none();
        } catch (IOException e) {
            return ChangeDates.none();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ChangeDates.none();
        }
    }

    /**
     * What identifies the history {@link #read} would read, found without running git: the current commit of the
     * checkout holding {@code folder} (the commit named by {@code .git/HEAD}, through a branch if it names one) and
     * whether it is a shallow clone. Empty when that cannot be told so simply (no checkout, a linked worktree or
     * submodule whose {@code .git} is a file, git told where to look by its environment); then only git can tell.
     */
    public static java.util.Optional<String> head(Path folder) {
        if (System.getenv("GIT_DIR") != null || System.getenv("GIT_WORK_TREE") != null) {
            return java.util.Optional.empty();
        }
        Path dir = folder.toAbsolutePath().normalize();
        while (dir != null && !Files.exists(dir.resolve(".git"))) dir = dir.getParent();
        if (dir == null || !Files.isDirectory(dir.resolve(".git"))) return java.util.Optional.empty();
        Path git = dir.resolve(".git");
        try {
            String head = Files.readString(git.resolve("HEAD"), StandardCharsets.UTF_8).strip();
            String commit = head;
            if (head.startsWith("ref: ")) {
                String ref = head.substring("ref: ".length()).strip();
                Path loose = git.resolve(ref).normalize();
                if (!loose.startsWith(git)) return java.util.Optional.empty();
                commit = Files.isRegularFile(loose) ? Files.readString(loose, StandardCharsets.UTF_8).strip()
                        : packed(git, ref);
            }
            if (commit.isEmpty()) return java.util.Optional.empty();
            Path shallow = git.resolve("shallow");
            String depth = Files.exists(shallow) ? " shallow " + Files.getLastModifiedTime(shallow).toMillis() : "";
            return java.util.Optional.of(dir + " " + head + " " + commit + depth);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** The commit of {@code ref} in {@code packed-refs}, or "" (a branch with no commit yet). */
    private static String packed(Path git, String ref) throws IOException {
        Path packed = git.resolve("packed-refs");
        if (!Files.isRegularFile(packed)) return "";
        for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
            if (line.endsWith(" " + ref)) return line.substring(0, line.length() - ref.length() - 1);
        }
        return "";
    }

    /**
     * Parses {@code git log -z --name-only --format=\u0001%cs}: for each commit its date, then the paths it touched,
     * each ended by NUL. Keeps the newest date per path, whatever order the commits come in.
     */
    static ChangeDates parse(String log, String prefix) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (String commit : log.split(String.valueOf(COMMIT))) {
            String[] parts = commit.split("\0");
            if (parts.length == 0 || parts[0].isBlank()) continue;
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0].strip());
            } catch (DateTimeParseException e) {
                continue;
            }
            for (int i = 1; i < parts.length; i++) {
                String path = parts[i].replaceFirst("^\n+", "");
                if (path.isEmpty()) continue;
                dates.merge(prefix + path, date, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return new ChangeDates(dates);
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
