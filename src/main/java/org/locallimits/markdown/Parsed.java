package org.locallimits.markdown;

import java.util.List;
import java.util.Optional;
import org.locallimits.content.Body;

/**
 * What the validator needs to know about a Markdown body: its headings, links, citations and markers, the source ids
 * it cites ({@code cited}: each once, in order of first citation, all that is kept after validation), and where
 * (if anywhere) it is nested deeper than {@link MarkdownLimits} allows, as an offset in the body. The flexmark
 * syntax tree itself is not kept: for a large site the trees of every body would not fit in memory. Its HTML is
 * kept ({@code kept}) in memory while the renderer's budget allows, and beyond it in the build's spill file
 * ({@link HtmlSpill}); when neither holds it, {@link MarkdownRenderer#render} parses the {@code source} again when
 * the page is rendered. Immutable.
 */
public record Parsed(Body source, List<Heading> headings, List<LinkUse> links, List<Citation> citations,
                     List<Marker> markers, Optional<Integer> tooDeepAt, Optional<Html> kept, List<String> cited) {

    /** A body's HTML, made when it was parsed: held in memory, or written to the build's spill file. */
    public sealed interface Html permits Held, HtmlSpill.Spilled {
        /** The HTML, or nothing when it can no longer be read (the spill file of a build that ended). */
        Optional<String> read();
    }

    /** HTML held in memory. */
    public record Held(String html) implements Html {
        @Override
        public Optional<String> read() {
            return Optional.of(html);
        }
    }

    /**
     * A body as parsed for validation, with every citation and where it is; {@code cited} is worked out from
     * them.
     */
    public Parsed(Body source, List<Heading> headings, List<LinkUse> links, List<Citation> citations,
                  List<Marker> markers, Optional<Integer> tooDeepAt, Optional<Html> kept) {
        this(source, headings, links, citations, markers, tooDeepAt, kept,
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
        return new Parsed(source, List.of(), List.of(), List.of(), List.of(), tooDeepAt, kept, cited);
    }

    /** The HTML made when the body was parsed, if it is still at hand (see {@link Html}). */
    public Optional<String> html() {
        return kept.flatMap(Html::read);
    }

    public Parsed {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        citations = List.copyOf(citations);
        markers = List.copyOf(markers);
        cited = List.copyOf(cited);
    }
}
