package org.locallimits.markdown;

import java.util.Optional;
import org.locallimits.diag.SourcePos;

/** One source cited in Markdown with {@code [@id]} or {@code [@id, pinpoint]}. */
public record Citation(String sourceId, Optional<String> pinpoint, SourcePos pos) {
    /** Source ids repeat across thousands of pages; each is kept once. */
    public Citation {
        sourceId = sourceId.intern();
    }
}
