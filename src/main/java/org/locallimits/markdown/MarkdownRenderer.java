package org.locallimits.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locallimits.content.Body;
import org.locallimits.diag.SourcePos;

/**
 * The one flexmark configuration: CommonMark with tables, footnotes, strikethrough, typographic quotes and
 * generated heading ids. Raw HTML is passed through here and made safe by the HTML stage's allow-list.
 * Immutable and thread-safe (flexmark's parser and renderer are reusable across threads).
 */
public final class MarkdownRenderer {
    static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                    StrikethroughExtension.create(), TypographicExtension.create()))
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .set(TablesExtension.CLASS_NAME, "table")
            .toImmutable();
    private static final Pattern MARKER = Pattern.compile("\\b(TODO|TBD|FIXME|XXX)\\b|\\[!unverified\\]");

    private final Parser parser = Parser.builder(OPTIONS).build();
    /**
     * Characters of body HTML kept between validation and rendering, for all builds of this renderer: about
     * 100 MB, which holds every body of a 10,000-page site.
     */
    static final long HTML_BUDGET = 50_000_000L;
    private final long htmlBudget;
    private final java.util.concurrent.atomic.AtomicLong kept = new java.util.concurrent.atomic.AtomicLong();
    private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS)
            .nodeRendererFactory(options -> new PlainTextRenderer()).build();
    private final java.util.Optional<java.util.Map<String, Memo>> memo;
    /** Where HTML beyond the budget goes during the current build, if anywhere (see {@link #spillInto}). */
    private volatile Spilling spilling;

    /** A parse kept for the preview server: the body it was made from, and the result. */
    private record Memo(Body body, Parsed parsed, Parsed rendering) {
    }

    /** A renderer for one-shot builds: nothing is remembered between calls. */
    public MarkdownRenderer() {
        this(false);
    }

    /**
     * @param remember keep each file's last parse and reuse it while the file's body is unchanged (the preview
     *                 server, which parses the same bodies on every rebuild)
     */
    public MarkdownRenderer(boolean remember) {
        this(remember, HTML_BUDGET);
    }

    /** @param htmlBudget characters of body HTML kept between validation and rendering (see {@link #HTML_BUDGET}) */
    MarkdownRenderer(boolean remember, long htmlBudget) {
        this.htmlBudget = htmlBudget;
        this.memo = remember ? java.util.Optional.of(new java.util.concurrent.ConcurrentHashMap<>())
                : java.util.Optional.empty();
    }

    /**
     * Starts one build of a one-shot renderer: HTML beyond the memory budget is written to a spill file in
     * {@code folder} ({@link HtmlSpill}; beside the output folder, on the disk the site goes to) rather than made
     * again from the body at render time. Closing it deletes the file and gives the budget back for the next build.
     * The preview's renderer, which keeps its parses from one build to the next, spills nothing.
     */
    public Spilling spillInto(java.nio.file.Path folder) {
        Spilling s = new Spilling(folder);
        if (memo.isEmpty()) spilling = s;
        return s;
    }

    /** One build's spill file, made when the first body goes beyond the budget. */
    public final class Spilling implements AutoCloseable {
        private final java.nio.file.Path folder;
        private Optional<HtmlSpill> file;

        private Spilling(java.nio.file.Path folder) {
            this.folder = folder;
        }

        private synchronized Optional<HtmlSpill> file() {
            if (file == null) file = HtmlSpill.in(folder);
            return file;
        }

        @Override
        public void close() {
            synchronized (this) {
                if (file != null) file.ifPresent(HtmlSpill::close);
                file = Optional.empty();
            }
            if (spilling == this) {
                spilling = null;
                kept.set(0);
            }
        }
    }

    public Parsed parse(Body body, String file) {
        return parse(body, body.markdown(), file);
    }

    /** The parse of {@code body} kept from an earlier build (the preview server), if it was within the limits. */
    java.util.Optional<Parsed> remembered(Body body, String file) {
        return kept(body, file).filter(p -> p.tooDeepAt().isEmpty());
    }

    /** {@link #parse(Body, String)} of a body whose text the caller has read already ({@code markdown}). */
    public Parsed parse(Body body, String markdown, String file) {
        if (memo.isEmpty()) return parseNow(body, markdown, file);
        return kept(body, file).orElseGet(() -> {
            Parsed parsed = parseNow(body, markdown, file);
            memo.get().put(file, new Memo(body, parsed, parsed.forRendering()));
            return parsed;
        });
    }

    /**
     * {@link Parsed#forRendering} of {@code parsed}: the preview's is the same object from one rebuild to the next
     * while the body is unchanged.
     */
    public Parsed forRendering(String file, Parsed parsed) {
        Memo last = memo.isPresent() ? memo.get().get(file) : null;
        return last != null && last.parsed() == parsed ? last.rendering() : parsed.forRendering();
    }

    /** The memo's parse of {@code file}, when it was of this very body. */
    private java.util.Optional<Parsed> kept(Body body, String file) {
        if (memo.isEmpty()) return java.util.Optional.empty();
        Memo last = memo.get().get(file);
        return last != null && last.body().equals(body) ? java.util.Optional.of(last.parsed())
                : java.util.Optional.empty();
    }

    private Parsed parseNow(Body body, String markdown, String file) {
        Document doc = parser.parse(markdown);
        LineIndex lines = new LineIndex(markdown, file, body.firstLine());
        List<org.locallimits.markdown.Heading> headings = new ArrayList<>();
        List<LinkUse> links = new ArrayList<>();
        collect(doc, lines, headings, links);
        List<Citation> citations = new ArrayList<>();
        List<Parsed.Marker> markers = new ArrayList<>();
        scanText(markdown, lines, citations, markers);
        Optional<Integer> tooDeep = MarkdownLimits.deeper(doc, MarkdownLimits.MAX_DEPTH).map(Node::getStartOffset);
        // Rendering the tree at hand costs far less than parsing the body again at render time; the HTML of a
        // very large site would not fit in memory, so only the first HTML_BUDGET characters are kept there.
        Optional<Parsed.Html> html = Optional.empty();
        Spilling spill = spilling;
        if (tooDeep.isEmpty() && kept.get() < htmlBudget) {
            String text = renderer.render(doc);
            kept.addAndGet(text.length());
            html = Optional.of(new Parsed.Held(text));
        } else if (tooDeep.isEmpty() && spill != null) {
            Optional<HtmlSpill> to = spill.file();
            if (to.isPresent()) html = to.get().append(renderer.render(doc)).map(Parsed.Html.class::cast);
        }
        return new Parsed(body, headings, links, citations, markers, tooDeep, html);
    }

    /** The body's HTML: kept from its parse, or parsed again (see {@link Parsed}). */
    public String render(Parsed parsed) {
        return parsed.html().orElseGet(() -> renderer.render(parser.parse(parsed.source().markdown())));
    }

    private static void collect(Node node, LineIndex lines, List<org.locallimits.markdown.Heading> headings,
                                List<LinkUse> links) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                headings.add(new org.locallimits.markdown.Heading(h.getLevel(), h.getText().toString().strip(),
                        lines.pos(h.getStartOffset())));
            } else if (n instanceof Link l) {
                links.add(new LinkUse(l.getUrl().unescape(), false, lines.pos(l.getStartOffset())));
            } else if (n instanceof Image i) {
                links.add(new LinkUse(i.getUrl().unescape(), true, lines.pos(i.getStartOffset())));
            } else if (n instanceof Reference r) {
                links.add(new LinkUse(r.getUrl().unescape(), false, lines.pos(r.getStartOffset())));
            } else if (n instanceof LinkRef || n instanceof ImageRef) {
                // resolved through a Reference, which is recorded itself
            }
            collect(n, lines, headings, links);
        }
    }

    /** Citations and markers are found in the source text, skipping fenced and indented code. */
    private static void scanText(String markdown, LineIndex lines, List<Citation> citations,
                                 List<Parsed.Marker> markers) {
        boolean fenced = false;
        int offset = 0;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced && !line.startsWith("    ")) {
                // Plain searches first: the patterns are tried at every position, and most lines match neither.
                for (CitationSyntax.Group g = CitationSyntax.find(line, 0); g != null;
                     g = CitationSyntax.find(line, g.end())) {
                    for (CitationSyntax.Item item : CitationSyntax.items(g.inside())) {
                        citations.add(new Citation(item.id(), item.pinpoint(), lines.pos(offset + g.start())));
                    }
                }
                if (mayHaveMarker(line)) {
                    Matcher k = MARKER.matcher(line);
                    while (k.find()) markers.add(new Parsed.Marker(k.group(), lines.pos(offset + k.start())));
                }
            }
            offset += line.length() + 1;
        }
    }

    /** Whether {@link #MARKER} could match: each of its alternatives contains one of these strings. */
    private static boolean mayHaveMarker(String line) {
        return line.contains("TODO") || line.contains("TBD") || line.contains("FIXME") || line.contains("XXX")
                || line.contains("[!unverified]");
    }

    /** Maps offsets in the body to file positions. */
    private static final class LineIndex {
        private final int[] starts;
        private final String file;
        private final int firstLine;

        LineIndex(String text, String file, int firstLine) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') s.add(i + 1);
            }
            this.starts = s.stream().mapToInt(Integer::intValue).toArray();
            this.file = file;
            this.firstLine = firstLine;
        }

        SourcePos pos(int offset) {
            int lo = 0;
            int hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= offset) lo = mid;
                else hi = mid - 1;
            }
            return SourcePos.of(file, firstLine + lo, offset - starts[lo] + 1);
        }
    }
}
