package org.locallimits.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Body HTML written to a file between validation and rendering, for a site whose HTML does not fit the renderer's
 * memory budget: reading it back costs far less than parsing the body again (at 100,000 pages, 80,000 bodies).
 * The file is opened with {@code DELETE_ON_CLOSE}, which on Linux removes its name at once, so it leaves nothing
 * behind even when the build is killed. Appends are serialised; reads may run in parallel.
 */
final class HtmlSpill implements AutoCloseable {
    private final FileChannel channel;
    private long end;

    private HtmlSpill(FileChannel channel) {
        this.channel = channel;
    }

    /** A new, empty spill file in {@code folder}, or nothing when one cannot be made there. */
    static Optional<HtmlSpill> in(Path folder) {
        try {
            Files.createDirectories(folder);
            Path file = Files.createTempFile(folder, ".explainer-html-", ".tmp");
            return Optional.of(new HtmlSpill(FileChannel.open(file, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE)));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty(); // bodies are then parsed again at render time, as without a spill
        }
    }

    /** Writes {@code html} and returns where it is, or nothing when it could not be written (a full disk). */
    Optional<Spilled> append(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            long at = end;
            try {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) channel.write(buffer, at + buffer.position());
            } catch (IOException e) {
                return Optional.empty();
            }
            end += bytes.length;
            return Optional.of(new Spilled(this, at, bytes.length));
        }
    }

    private String read(long at, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, at + buffer.position()) < 0) throw new IOException("unexpected end of file");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // the file has no name left to clean up
        }
    }

    /** Where one body's HTML is in a spill file. */
    record Spilled(HtmlSpill spill, long at, int length) implements Parsed.Html {
        /** The HTML, or nothing when it cannot be read back (the build then parses the body again). */
        @Override
        public Optional<String> read() {
            try {
                return Optional.of(spill.read(at, length));
            } catch (UncheckedIOException e) {
                return Optional.empty();
            }
        }
    }
}
