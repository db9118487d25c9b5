package org.locallimits.content;

import java.nio.file.Path;
import java.util.Optional;
import org.locallimits.diag.Problems;
import org.locallimits.source.FrontMatter;
import org.locallimits.source.TextReader;

/**
 * A body's Markdown text, either held or left in its file. The bodies of a 100,000-page site come to about
 * 550 MB of text, which is why a one-shot build keeps only the first of them in memory ({@link ContentLoader}) and
 * reads the others again when they are parsed and rendered. A body read again must be the one read first: its
 * length and hash are kept, and a file that changed while the site was built stops the build rather than publish
 * pages made from two versions of it. Immutable.
 */
public final class BodyText {
    private final String held;
    private final Path file;
    private final String display;
    private final int length;
    private final int hash;

    private BodyText(String held, Path file, String display, int length, int hash) {
        this.held = held;
        this.file = file;
        this.display = display;
        this.length = length;
        this.hash = hash;
    }

    public static BodyText held(String markdown) {
        return new BodyText(markdown, null, null, markdown.length(), markdown.hashCode());
    }

    /** A body that stays in {@code file} ({@code display} is its path in messages) and was {@code markdown}. */
    static BodyText inFile(Path file, String display, String markdown) {
        return new BodyText(null, file, display, markdown.length(), markdown.hashCode());
    }

    public boolean isHeld() {
        return held != null;
    }

    /** The text, read again from the file if it is not held. */
    public String get() {
        if (held != null) return held;
        Problems ignored = new Problems();
        Optional<String> now = TextReader.read(file, display, ignored)
                .flatMap(t -> FrontMatter.split(t, ignored)).map(FrontMatter.Split::body);
        if (now.isEmpty() || now.get().length() != length || now.get().hashCode() != hash) {
            throw new ChangedDuringBuild(display);
        }
        return now.get();
    }

    /** A content file that changed between being read and being read again in the same build. */
    public static final class ChangedDuringBuild extends RuntimeException {
        public ChangedDuringBuild(String file) {
            super(file + ": the file changed while the site was being built; build again once it is saved");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BodyText t && t.length == length && t.hash == hash && t.get().equals(get());
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return held != null ? held : display + " (body of " + length + " characters, not held)";
    }
}
