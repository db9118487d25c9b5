package org.locallimits.markdown;

import org.locallimits.diag.SourcePos;

/** A link or image written in Markdown: its URL as the author wrote it (decoded), and where. */
public record LinkUse(String url, boolean image, SourcePos pos) {
}
