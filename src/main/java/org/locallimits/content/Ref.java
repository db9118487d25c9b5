package org.locallimits.content;

import org.locallimits.diag.SourcePos;

/** A reference by id to another piece of content (a jurisdiction, limit or source), with where it was written. */
public record Ref(String id, SourcePos pos) {
    /** Ids repeat across thousands of pages; each is kept once. */
    public Ref {
        id = id.intern();
    }
}
