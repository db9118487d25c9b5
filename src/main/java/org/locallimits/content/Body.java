package org.locallimits.content;

/**
 * The Markdown text after the front matter, and the file line it starts on (for positions in problems). The text
 * is held in memory or, for a site too large to hold every body, read again from its file when asked for
 * ({@link BodyText}).
 */
public record Body(BodyText text, int firstLine) {
    public Body(String markdown, int firstLine) {
        this(BodyText.held(markdown), firstLine);
    }

    /** The text; for a body not held in memory, read again from its file (see {@link BodyText#get}). */
    public String markdown() {
        return text.get();
    }
}
