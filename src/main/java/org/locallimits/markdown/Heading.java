package org.locallimits.markdown;

import org.locallimits.diag.SourcePos;

/** A Markdown heading: level 1–6, its plain text, and where it is. */
public record Heading(int level, String text, SourcePos pos) {
}
