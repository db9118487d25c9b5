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
    /** For a deferred file: its bytes once asked for, shared by its copies at other paths. */
    private final byte[][] memo;

    public OutputFile(String path, byte[] bytes) {
        this(path, bytes, null, null);
    }

    private OutputFile(String path, byte[] bytes, Writing writing, byte[][] memo) {
        this.path = path;
        this.bytes = bytes;
        this.writing = writing;
        this.memo = memo;
    }

    /**
     * A file whose bytes are produced the first time they are asked for, then kept. For a file that no content
     * mistake can break (no template, such as the search index), so that the preview server can leave it unmade
     * until a browser asks for it. Stored like a streamed file.
     */
    public static OutputFile deferred(String path, Writing writing) {
        return new OutputFile(path, null, writing, new byte[1][]);
    }

    public boolean isDeferred() {
        return memo != null;
    }

    /** A file whose bytes {@code writing} produces when the file is stored. */
    public static OutputFile streamed(String path, Writing writing) {
        return new OutputFile(path, null, writing, null);
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
        if (memo != null) {
            synchronized (memo) {
                if (memo[0] == null) memo[0] = produce();
                return memo[0];
            }
        }
        return produce();
    }

    private byte[] produce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            writing.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a byte array
        }
        return out.toByteArray();
    }

    public void writeTo(OutputStream out) {
        try {
            if (bytes != null) out.write(bytes);
            else if (memo != null) out.write(bytes());
            else writing.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same file at another path (an edition's folder). */
    public OutputFile at(String newPath) {
        return new OutputFile(newPath, bytes, writing, memo);
    }

    @Override
    public String toString() {
        return path + (bytes != null ? " (" + bytes.length + " bytes)" : memo != null ? " (deferred)" : " (streamed)");
    }
}
