package org.locallimits.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * One file of the generated site: its path relative to the output folder and its bytes, either at hand or written
 * when the file is stored ({@link #streamed}). A streamed file is how a page listing every measure of a very large
 * site reaches the disk without ever being held whole in memory; asking it for {@link #bytes} produces them.
 * Immutable by contract.
 */
public final class OutputFile {
    /** Writes a file's bytes; called once per time the file is stored or its bytes are asked for. */
    public interface Writing {
        void writeTo(OutputStream out) throws IOException;
    }

    private final String path;
    private final byte[] bytes;
    private final Writing writing;

    public OutputFile(String path, byte[] bytes) {
        this(path, bytes, null);
    }

    private OutputFile(String path, byte[] bytes, Writing writing) {
        this.path = path;
        this.bytes = bytes;
        this.writing = writing;
    }

    /** A file whose bytes {@code writing} produces when the file is stored. */
    public static OutputFile streamed(String path, Writing writing) {
        return new OutputFile(path, null, writing);
    }

    public String path() {
        return path;
    }

    public boolean isStreamed() {
        return writing != null;
    }

    /** The bytes; a streamed file writes them into memory. */
    public byte[] bytes() {
        if (bytes != null) return bytes;
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        writeTo(out);
        return out.toByteArray();
    }

    public void writeTo(OutputStream out) {
        try {
            if (bytes != null) out.write(bytes);
            else writing.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same file at another path (an edition's folder). */
    public OutputFile at(String newPath) {
        return new OutputFile(newPath, bytes, writing);
    }

    @Override
    public String toString() {
        return path + (bytes != null ? " (" + bytes.length + " bytes)" : " (streamed)");
    }
}
