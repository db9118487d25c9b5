package org.locallimits.markdown;

import java.util.List;
import java.util.Optional;
import org.locallimits.content.Body;

/**
 * What the validator needs to know about a Markdown body: its headings, links, citations and markers, the source ids
 * it cites ({@code cited}: each once, in order of first citation, all that is kept after validation), and where
 * (if anywhere) it is nested deeper than {@link MarkdownLimits} allows, as an offset in the body. The flexmark
 * syntax tree itself is not kept: for a large site the trees of every body would not fit in memory. Its HTML is
 * kept ({@code html}) while the renderer's memory budget allows; otherwise {@link MarkdownRenderer#render} parses
 * the {@code source} again when the page is rendered. Immutable.
 */
public record Parsed(Body source, List<Heading> headings, List<LinkUse> links, List<Citation> citations,
                     List<Marker> markers, Optional<Integer> tooDeepAt, Optional<String> html, List<String> cited) {

    /**
     * A body as parsed for validation, with every citation and where it is; {@code cited} is worked out from
     * them.
     */
    public Parsed(Body source, List<Heading> headings, List<LinkUse> links, List<Citation> citations,
                  List<Marker> markers, Optional<Integer> tooDeepAt, Optional<String> html) {
        this(source, headings, links, citations, markers, tooDeepAt, html,
                citations.stream().map(Citation::sourceId).distinct().toList());
    }

    /** Text an editor left in by mistake ({@code TODO}, {@code TBD}, {@code XXX}) or an {@code [!unverified]} mark. */
    public record Marker(String text, org.locallimits.diag.SourcePos pos) {
    }

    /**
     * What rendering needs: the source, the ids cited and the HTML, without the headings, links, markers and
     * citations checked, nor their positions (at 100,000 pages, millions of objects).
     */
    public Parsed forRendering() {
        return new Parsed(source, List.of(), List.of(), List.of(), List.of(), tooDeepAt, html, cited);
    }

    public Parsed {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        citations = List.copyOf(citations);
        markers = List.copyOf(markers);
        cited = List.copyOf(cited);
    }
}
