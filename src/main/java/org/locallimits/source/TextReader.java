package org.locallimits.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;

/**
 * Reads one file as strict UTF-8 text, reporting binary files, bad encodings and oversized files as problems
 * rather than exceptions. Stateless and thread-safe.
 */
public final class TextReader {
    /** Content files are prose and small data; anything larger is a mistake (or an attack). */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private TextReader() {
    }

    public static Optional<TextFile> read(Path file, String relPath, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(SourcePos.file(relPath), "file is too large (" + size / 1024 + " KB; the limit is "
                        + MAX_BYTES / 1024 + " KB)", "split the text into several pages, or remove pasted data");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(SourcePos.file(relPath), "cannot read the file: " + e.getMessage(),
                    "check that the file exists and is readable");
            return Optional.empty();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.error(positionOf(bytes, i, relPath), "this looks like a binary file, not text",
                        "content files must be UTF-8 text; move images and documents out of content/");
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.error(positionOf(bytes, firstBadByte(bytes), relPath), "the file is not valid UTF-8",
                    "save the file as UTF-8 in your editor (it was probably saved as Latin-1 or Windows-1252)");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return Optional.of(new TextFile(relPath, text));
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        // Decode growing prefixes a line at a time; cheap because only called on a bad file.
        int lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    for (int j = lineStart; j < i; j++) {
                        if (bytes[j] < 0) return j;
                    }
                    return lineStart;
                }
                lineStart = i + 1;
            }
        }
        return 0;
    }

    private static SourcePos positionOf(byte[] bytes, int offset, String relPath) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return SourcePos.of(relPath, line, col);
    }
}
