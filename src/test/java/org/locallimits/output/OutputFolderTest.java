package org.locallimits.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locallimits.render.OutputFile;

class OutputFolderTest {

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileThatCannotBeWrittenSaysWhichAndWhyAndLeavesTheSiteAsItWas(@TempDir Path dir) throws Exception {
        OutputFolder out = new OutputFolder(dir.resolve("site"));
        try (var s = out.stage()) {
            s.write(file("a/index.html", "one"));
            s.commit();
        }
        try (var s = out.stage()) {
            s.write(file("b", "a file where a folder should be"));
            var stored = assertThrows(OutputFolder.WriteFailed.class, () -> s.write(file("b/index.html", "two")));
            assertTrue(stored.getMessage().startsWith("cannot write " + dir.resolve("site/b/index.html") + ": "),
                    stored.getMessage());
            var streamed = assertThrows(OutputFolder.WriteFailed.class, () -> s.write(OutputFile.streamed(
                    "c/index.html", o -> {
                        throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
                    })));
            assertEquals("cannot write " + dir.resolve("site/c/index.html") + ": No space left on device",
                    streamed.getMessage());
        }
        assertEquals("one", Files.readString(dir.resolve("site/a/index.html")));
        assertFalse(Files.exists(dir.resolve("site/b")));
    }

    @Test
    void swapsTheNewSiteIntoPlaceOnlyOnCommit(@TempDir Path dir) throws Exception {
        OutputFolder out = new OutputFolder(dir.resolve("site"));
        try (var s = out.stage()) {
            s.write(file("a/index.html", "one"));
            s.commit();
        }
        try (var s = out.stage()) {
            s.write(file("b/index.html", "two"));
            // not committed: as if the build failed
        }
        assertEquals("one", Files.readString(dir.resolve("site/a/index.html")));
        assertFalse(Files.exists(dir.resolve("site/b")));
        try (var list = Files.list(dir)) {
            assertEquals(1, list.count(), "no staging folder is left behind");
        }
    }

    @Test
    void refusesToWriteOutsideTheStagingFolder(@TempDir Path dir) throws Exception {
        try (var s = new OutputFolder(dir.resolve("site")).stage()) {
            assertThrows(IllegalArgumentException.class, () -> s.write(file("../escape.html", "x")));
            assertThrows(IllegalArgumentException.class, () -> s.write(file("/etc/passwd", "x")));
        }
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    @Test
    void refusesFoldersItMustNotReplace(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        List<Path> sources = List.of(content, templates);
        assertTrue(new OutputFolder(dir).refusal(dir, sources).isPresent(), "the project root");
        assertTrue(new OutputFolder(content).refusal(dir, sources).isPresent(), "content/");
        assertTrue(new OutputFolder(content.resolve("x")).refusal(dir, sources).isPresent(), "inside content/");
        Path foreign = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertTrue(new OutputFolder(foreign).refusal(dir, sources).isPresent(), "a folder of someone else's files");
        assertTrue(new OutputFolder(dir.resolve("site")).refusal(dir, sources).isEmpty());
    }

    @Test
    void recoversThePreviousSiteAfterABuildKilledMidSwap(@TempDir Path dir) throws Exception {
        Path old = Files.createDirectories(dir.resolve(".site.old-123"));
        Files.writeString(old.resolve("index.html"), "previous");
        Files.createDirectories(dir.resolve(".site.tmp-456"));
        OutputFolder out = new OutputFolder(dir.resolve("site"));
        try (var s = out.stage()) {
            assertEquals("previous", Files.readString(dir.resolve("site/index.html")));
        }
        assertFalse(Files.exists(dir.resolve(".site.tmp-456")));
    }
}
