package org.locallimits.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs git in a test repository with fixed identity and dates and no user or system configuration, so commits
 * (and so the dates read back) are the same on every machine. For tests only.
 */
public final class Git {
    private final Path dir;

    public Git(Path dir) {
        this.dir = dir;
    }

    /** {@code git init} in the folder. */
    public static Git init(Path dir) {
        Git git = new Git(dir);
        git.run("2000-01-01T00:00:00+00:00", "init", "-q", "-b", "main");
        return git;
    }

    /** Stages everything and commits it with this committer date (ISO 8601 with offset). */
    public Git commitAll(String date, String message) {
        run(date, "add", "-A");
        run(date, "commit", "-q", "--allow-empty", "-m", message);
        return this;
    }

    public String run(String date, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c",
                "user.email=test@example.org", "-c", "commit.gpgsign=false", "-C", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().put("GIT_AUTHOR_DATE", date);
        pb.environment().put("GIT_COMMITTER_DATE", date);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IllegalStateException("git " + String.join(" ", args) + ": " + out);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("git is needed for this test and could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
