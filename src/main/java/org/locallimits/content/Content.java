package org.locallimits.content;

import java.util.List;

/** Everything loaded from {@code content/}, typed and checked field by field, in sorted file order. Immutable. */
public record Content(Site site, Vocabulary vocabulary, List<Source> sources, List<Jurisdiction> jurisdictions,
                      List<Measure> measures, List<Limit> limits, List<Page> pages) {
    public Content {
        sources = List.copyOf(sources);
        jurisdictions = List.copyOf(jurisdictions);
        measures = List.copyOf(measures);
        limits = List.copyOf(limits);
        pages = List.copyOf(pages);
    }
}
