package org.locallimits.content;

/** The Markdown text after the front matter, and the file line it starts on (for positions in problems). */
public record Body(String markdown, int firstLine) {
}
