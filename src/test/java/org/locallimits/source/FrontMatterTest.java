package org.locallimits.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locallimits.diag.Problems;

class FrontMatterTest {

    @Test
    void splitsFrontMatterAndBodyWithTheirStartLines() {
        var split = FrontMatter.split(new TextFile("a.md", "---\ntitle: x\n---\n# Body\n"), new Problems())
                .orElseThrow();
        assertEquals("title: x\n", split.yaml());
        assertEquals(2, split.yamlLine());
        assertEquals("# Body\n", split.body());
        assertEquals(4, split.bodyLine());
    }

    @Test
    void aThematicBreakInTheBodyDoesNotEndTheFrontMatterEarly() {
        var split = FrontMatter.split(new TextFile("a.md", "---\na: 1\n---\ntext\n\n---\nmore\n"), new Problems())
                .orElseThrow();
        assertEquals("a: 1\n", split.yaml());
        assertTrue(split.body().contains("---\nmore"));
    }

    @Test
    void reportsEmptyFilesAndMissingDelimiters() {
        Problems p = new Problems();
        FrontMatter.split(new TextFile("a.md", ""), p);
        FrontMatter.split(new TextFile("b.md", "title: x\n"), p);
        FrontMatter.split(new TextFile("c.md", "---\ntitle: x\n"), p);
        assertEquals(3, p.errorCount());
        assertEquals("a.md:1:1: error: the file is empty", p.sorted().get(0).headline());
    }

    @Test
    void readsCrlfAndByteOrderMarkAsPlainText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.md");
        Files.write(f, "\uFEFF---\r\ntitle: x\r\n---\r\nbody\r\n".getBytes(StandardCharsets.UTF_8));
        TextFile t = TextReader.read(f, "a.md", new Problems()).orElseThrow();
        assertEquals("---\ntitle: x\n---\nbody\n", t.text());
    }

    @Test
    void reportsInvalidUtf8WithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.md");
        Files.write(f, new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        Problems p = new Problems();
        assertTrue(TextReader.read(f, "a.md", p).isEmpty());
        assertEquals("a.md:2:4: error: the file is not valid UTF-8", p.sorted().get(0).headline());
    }

    @Test
    void reportsBinaryFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.md");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Problems p = new Problems();
        assertTrue(TextReader.read(f, "a.md", p).isEmpty());
        assertTrue(p.sorted().get(0).message().contains("binary"));
    }

    @Test
    void reportsOversizedFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.md");
        Files.write(f, new byte[(int) TextReader.MAX_BYTES + 1]);
        Problems p = new Problems();
        assertTrue(TextReader.read(f, "a.md", p).isEmpty());
        assertTrue(p.sorted().get(0).message().contains("too large"));
    }
}
