package org.locallimits.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The searchable text of a page this generator rendered, read in one pass over its HTML: the {@code <main>}
 * element's text, its first {@code h1}, its first {@code .kicker}, its {@code h2}/{@code h3} headings, and the
 * page's {@code <title>} and meta description. Parts that repeat other pages' words (breadcrumbs, tables of
 * contents, source lists, "cite this page", citation marks, scripts) are left out.
 *
 * <p>Why not jsoup: building a full document of every page only to read its text was a fifth of a build's time.
 * The pages are our own output (templates with escaped values and bodies serialised by jsoup), so a scanner that
 * knows tags, attributes, comments, raw-text elements and entities reads them exactly; the text is normalised the
 * way jsoup's {@code Element.text()} does it (whitespace collapsed, a space at block boundaries, invisible
 * characters dropped), which {@code PageTextTest} checks against jsoup on the real pages.
 */
final class PageText {
    /** Elements whose content (text included) stays out of the index. */
    private static final Set<String> NOISE_CLASSES = Set.of("breadcrumb", "toc", "sources", "cite-this");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");
    private static final Set<String> RAW = Set.of("script", "style", "textarea", "title");
    /** jsoup's block tags that occur in pages: their edges separate words. */
    private static final Set<String> BLOCK = Set.of("html", "head", "body", "section", "nav", "aside", "hgroup",
            "header", "footer", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre", "div", "blockquote", "hr",
            "address", "figure", "figcaption", "form", "fieldset", "ins", "del", "dl", "dt", "dd", "li", "table",
            "caption", "thead", "tfoot", "tbody", "colgroup", "col", "tr", "th", "td", "video", "audio", "canvas",
            "details", "menu", "article", "main", "svg", "math", "center", "template", "summary", "br", "search",
            "noscript", "title", "script", "style", "meta", "link", "option", "optgroup");

    final boolean hasMain;
    final String title;
    final String description;
    final String context;
    final String headings;
    final String body;

    private PageText(boolean hasMain, String title, String description, String context, String headings,
                     String body) {
        this.hasMain = hasMain;
        this.title = title;
        this.description = description;
        this.context = context;
        this.headings = headings;
        this.body = body;
    }

    /** An open element: its name, whether it hides its content, and which text it collects. */
    private record Open(String name, boolean noise, boolean h1, boolean kicker, boolean heading, boolean main) {
    }

    static PageText of(String html) {
        Text body = new Text();
        Text h1 = new Text();
        Text kicker = new Text();
        Text heading = new Text();
        StringBuilder headings = new StringBuilder();
        String docTitle = null;
        String description = null;
        boolean hasMain = false;
        boolean h1Done = false;
        boolean kickerDone = false;
        Deque<Open> stack = new ArrayDeque<>();
        int noise = 0;
        int inMain = 0;
        int inH1 = 0;
        int inKicker = 0;
        int inHeading = 0;
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            int end = lt < 0 ? n : lt;
            if (end > i && inMain > 0 && noise == 0) {
                String text = Parser.unescapeEntities(html.substring(i, end), false);
                body.append(text);
                if (inH1 > 0) h1.append(text);
                if (inKicker > 0) kicker.append(text);
                if (inHeading > 0) heading.append(text);
            }
            if (lt < 0) break;
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            if (lt + 1 < n && html.charAt(lt + 1) == '!') { // the doctype
                int close = html.indexOf('>', lt);
                i = close < 0 ? n : close + 1;
                continue;
            }
            boolean closing = lt + 1 < n && html.charAt(lt + 1) == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            int nameEnd = nameStart;
            while (nameEnd < n && !isSpace(html.charAt(nameEnd)) && html.charAt(nameEnd) != '>'
                    && html.charAt(nameEnd) != '/') {
                nameEnd++;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            int tagEnd = tagEnd(html, nameEnd);
            i = tagEnd < 0 ? n : tagEnd + 1;
            if (name.isEmpty()) continue;
            if (closing) {
                boolean open = stack.stream().anyMatch(o -> o.name().equals(name));
                while (open && !stack.isEmpty()) {
                    Open o = stack.pop();
                    if (o.noise()) noise--;
                    if (o.main()) inMain--;
                    if (o.h1()) {
                        inH1--;
                        h1Done = true;
                    }
                    if (o.kicker()) {
                        inKicker--;
                        kickerDone = true;
                    }
                    if (o.heading()) {
                        inHeading--;
                        if (noise == 0 && !heading.normalised().isEmpty()) {
                            if (headings.length() > 0) headings.append(' ');
                            headings.append(heading.normalised());
                        }
                        heading = new Text();
                    }
                    if (inMain > 0 && noise == 0 && BLOCK.contains(o.name())) body.boundary();
                    if (o.name().equals(name)) break;
                }
                continue;
            }
            String attrs = tagEnd < 0 ? "" : html.substring(nameEnd, tagEnd);
            boolean selfClosing = attrs.endsWith("/");
            if (name.equals("meta") && description == null && "description".equals(attr(attrs, "name"))) {
                description = attr(attrs, "content");
                if (description == null) description = "";
            }
            if (RAW.contains(name)) {
                int close = indexOfIgnoreCase(html, "</" + name, i);
                String raw = html.substring(i, close < 0 ? n : close);
                if (name.equals("title") && docTitle == null) {
                    Text t = new Text();
                    t.append(Parser.unescapeEntities(raw, false));
                    docTitle = t.normalised();
                }
                // Script and style contents are data, not text, to jsoup as to readers.
                boolean counted = inMain > 0 && noise == 0 && !name.equals("script") && !name.equals("style");
                if (counted) {
                    body.boundary();
                    body.append(name.equals("textarea") ? Parser.unescapeEntities(raw, false) : raw);
                    body.boundary();
                }
                int gt = close < 0 ? -1 : html.indexOf('>', close);
                i = gt < 0 ? n : gt + 1;
                continue;
            }
            boolean block = BLOCK.contains(name);
            if (inMain > 0 && noise == 0 && block) body.boundary();
            if (VOID.contains(name) || selfClosing) {
                if (inMain > 0 && noise == 0 && block) body.boundary();
                continue;
            }
            String classes = attr(attrs, "class");
            boolean isNoise = name.equals("script") || classes != null && (hasAnyClass(classes, NOISE_CLASSES)
                    || name.equals("sup") && hasAnyClass(classes, Set.of("cite")));
            boolean isMain = name.equals("main") && inMain == 0 && !hasMain;
            if (isMain) hasMain = true;
            boolean mainNow = inMain > 0 || isMain;
            boolean quiet = noise > 0 || isNoise;
            Open o = new Open(name, isNoise,
                    mainNow && !quiet && !h1Done && inH1 == 0 && name.equals("h1"),
                    mainNow && !quiet && !kickerDone && inKicker == 0 && classes != null
                            && hasAnyClass(classes, Set.of("kicker")),
                    mainNow && !quiet && inHeading == 0 && (name.equals("h2") || name.equals("h3")),
                    isMain);
            stack.push(o);
            if (o.noise()) noise++;
            if (o.main()) inMain++;
            if (o.h1()) inH1++;
            if (o.kicker()) inKicker++;
            if (o.heading()) inHeading++;
        }
        String title = h1Done || inH1 > 0 ? h1.normalised() : docTitle == null ? "" : docTitle;
        return new PageText(hasMain, title, description == null ? "" : description, kicker.normalised(),
                headings.toString(), body.normalised());
    }

    /** Where a tag that started before {@code from} ends ({@code >} outside quoted attribute values), or -1. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int k = from; k < html.length(); k++) {
            char c = html.charAt(k);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k;
            }
        }
        return -1;
    }

    /** The unescaped value of attribute {@code name} in a tag's attribute text, or null. */
    static String attr(String attrs, String name) {
        int k = 0;
        int n = attrs.length();
        while (k < n) {
            while (k < n && (isSpace(attrs.charAt(k)) || attrs.charAt(k) == '/')) k++;
            int start = k;
            while (k < n && !isSpace(attrs.charAt(k)) && attrs.charAt(k) != '=' && attrs.charAt(k) != '/') k++;
            String key = attrs.substring(start, k);
            while (k < n && isSpace(attrs.charAt(k))) k++;
            String value = "";
            if (k < n && attrs.charAt(k) == '=') {
                k++;
                while (k < n && isSpace(attrs.charAt(k))) k++;
                if (k < n && (attrs.charAt(k) == '"' || attrs.charAt(k) == '\'')) {
                    char q = attrs.charAt(k);
                    int close = attrs.indexOf(q, k + 1);
                    if (close < 0) close = n;
                    value = attrs.substring(k + 1, close);
                    k = close + 1;
                } else {
                    int s = k;
                    while (k < n && !isSpace(attrs.charAt(k))) k++;
                    value = attrs.substring(s, k);
                }
            }
            if (key.isEmpty()) {
                k++;
                continue;
            }
            if (key.equalsIgnoreCase(name)) return Parser.unescapeEntities(value, true);
        }
        return null;
    }

    private static boolean hasAnyClass(String classes, Set<String> wanted) {
        int k = 0;
        int n = classes.length();
        while (k < n) {
            while (k < n && isSpace(classes.charAt(k))) k++;
            int start = k;
            while (k < n && !isSpace(classes.charAt(k))) k++;
            if (k > start && wanted.contains(classes.substring(start, k).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int k = from; k <= s.length() - what.length(); k++) {
            if (s.regionMatches(true, k, what, 0, what.length())) return k;
        }
        return -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Text normalised as jsoup's {@code Element.text()} does: whitespace collapsed, invisible characters out. */
    private static final class Text {
        private final StringBuilder out = new StringBuilder();

        void append(String text) {
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
                } else if (c != '\u200b' && c != '\u00ad') {
                    out.append(c);
                }
            }
        }

        /** A block element's edge: words on either side stay apart. */
        void boundary() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
        }

        String normalised() {
            return out.toString().trim();
        }
    }
}
