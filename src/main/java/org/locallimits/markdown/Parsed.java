package org.locallimits.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;

/**
 * A parsed Markdown body with what the validator needs to know about it. The flexmark {@link Document} is not
 * modified after parsing, so a parsed body may be rendered from any thread.
 */
public record Parsed(Document document, List<Heading> headings, List<LinkUse> links, List<Citation> citations,
                     List<Marker> markers) {

    /** Text an editor left in by mistake ({@code TODO}, {@code TBD}, {@code XXX}) or an {@code [!unverified]} mark. */
    public record Marker(String text, org.locallimits.diag.SourcePos pos) {
    }

    public Parsed {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        citations = List.copyOf(citations);
        markers = List.copyOf(markers);
    }
}
