package org.locallimits.html;

/** A section heading of a page body, for the table of contents. */
public record TocEntry(int level, String id, String text) {
}
