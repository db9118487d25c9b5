package org.locallimits.content;

import java.time.LocalDate;
import java.util.List;
import org.locallimits.diag.SourcePos;

/** A dated event in a measure's history (adopted, lawsuit filed, ruling …), with its sources. Immutable. */
public record Event(LocalDate date, String kind, String summary, List<Ref> sources, SourcePos pos) {
    public Event {
        sources = List.copyOf(sources);
    }
}
