package org.locallimits.content;

import java.time.LocalDate;
import java.util.Optional;
import org.locallimits.diag.SourcePos;

/** One entry of {@code content/sources.yaml}: a document that facts on the site come from. Immutable. */
public record Source(String id, String title, String publisher, Optional<String> author, Optional<LocalDate> date,
                     String url, Optional<String> archivedUrl, Optional<LocalDate> accessed, String kind,
                     Optional<String> note, SourcePos pos) {
}
