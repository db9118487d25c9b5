package org.locallimits.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a plain {@code java -jar} start of build or check is run again in a JVM set up for a short run. */
class RelaunchTest {
    @TempDir
    Path dir;

    /** A process that was started as {@code /usr/bin/java ARGUMENTS…}. */
    private record Started(String... args) implements ProcessHandle.Info {
        public Optional<String> command() {
            return Optional.of("/usr/bin/java");
        }

        public Optional<String> commandLine() {
            return Optional.empty();
        }

        public Optional<String[]> arguments() {
            return Optional.of(args);
        }

        public Optional<Instant> startInstant() {
            return Optional.empty();
        }

        public Optional<Duration> totalCpuDuration() {
            return Optional.empty();
        }

        public Optional<String> user() {
            return Optional.empty();
        }
    }

    private String jar() {
        return dir.resolve("explainer.jar").toString();
    }

    @Test
    void aPlainStartOfBuildRunsAgainWithTheFastCompilerAndSerialCollector() {
        List<String> command = Relaunch.command(new String[] {"build", "--out", "x"},
                new Started("-jar", jar(), "build", "--out", "x"), null, null);
        assertEquals(List.of("/usr/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:MaxNewSize=160m", "-Dexplainer.relaunched=true",
                "-jar", jar(), "build", "--out", "x"), command);
    }

    @Test
    void theClassDataArchiveBesideTheJarIsUsedWhenThereIsOne() throws Exception {
        Files.writeString(dir.resolve("explainer.jsa"), "archive");
        List<String> command = Relaunch.command(new String[] {"check"}, new Started("-jar", jar(), "check"), null,
                null);
        assertTrue(command.contains("-XX:SharedArchiveFile=" + dir.resolve("explainer.jsa")), command.toString());
        assertEquals(List.of("-jar", jar(), "check"), command.subList(command.size() - 3, command.size()));
    }

    @Test
    void theUsersOwnJvmOptionsOtherCommandsTheSettingAndTheSecondJvmItselfAreLeftAlone() {
        String[] build = {"build"};
        assertEquals(List.of(), Relaunch.command(build, new Started("-Xmx1g", "-jar", jar(), "build"), null, null),
                "JVM options of the user's own");
        assertEquals(List.of(), Relaunch.command(build, new Started("-cp", jar(), "org.locallimits.cli.Main",
                "build"), null, null), "started from a class path, not the jar");
        assertEquals(List.of(), Relaunch.command(new String[] {"serve"}, new Started("-jar", jar(), "serve"), null,
                null), "serve runs for hours and gains from the optimising compiler");
        assertEquals(List.of(), Relaunch.command(build, new Started("-jar", jar(), "build"), "0", null),
                "EXPLAINER_RELAUNCH=0");
        assertEquals(List.of(), Relaunch.command(build, new Started("-jar", jar(), "build"), null, "true"),
                "already the second JVM");
    }
}
