package org.locallimits.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 *
 * <p>Why bytes: the page arrives as UTF-8, and every character that makes markup ({@code < > / = " '}, spaces)
 * is ASCII, which never occurs inside a multi-byte UTF-8 sequence. Scanning the bytes finds the same tags as
 * scanning the decoded text, without decoding a whole page (one dash makes a Java string of it two bytes a
 * character) and without a method call per character, which is what a short run's quickly compiled code pays.
 * Only the text that is kept is decoded.
 */
final class PageText {
    /** Elements whose content (text included) stays out of the index. */
    private static final Set<String> NOISE_CLASSES = Set.of("breadcrumb", "toc", "sources", "cite-this");
    private static final Set<String> CITE = Set.of("cite");
    private static final Set<String> KICKER = Set.of("kicker");
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

    /** Reads a page given as UTF-8 bytes. */
    static PageText of(byte[] html) {
        Text body = new Text();
        Text h1 = new Text();
        Text kicker = new Text();
        final Text heading = new Text();
        StringBuilder headings = new StringBuilder();
        String docTitle = null;
        String description = null;
        boolean hasMain = false;
        boolean h1Done = false;
        boolean kickerDone = false;
        Open[] stack = new Open[32];
        int depth = 0;
        int noise = 0;
        int inMain = 0;
        int inH1 = 0;
        int inKicker = 0;
        int inHeading = 0;
        int i = 0;
        int n = html.length;
        while (i < n) {
            int lt = indexOf(html, (byte) '<', i);
            int end = lt < 0 ? n : lt;
            if (end > i && inMain > 0 && noise == 0) {
                if (plainAscii(html, i, end)) {
                    body.append(html, i, end);
                    if (inH1 > 0) h1.append(html, i, end);
                    if (inKicker > 0) kicker.append(html, i, end);
                    if (inHeading > 0) heading.append(html, i, end);
                } else {
                    String text = Parser.unescapeEntities(utf8(html, i, end), false);
                    body.append(text);
                    if (inH1 > 0) h1.append(text);
                    if (inKicker > 0) kicker.append(text);
                    if (inHeading > 0) heading.append(text);
                }
            }
            if (lt < 0) break;
            if (startsWith(html, lt, "<!--")) {
                int close = indexOf(html, "-->", lt + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            if (lt + 1 < n && html[lt + 1] == '!') { // the doctype
                int close = indexOf(html, (byte) '>', lt);
                i = close < 0 ? n : close + 1;
                continue;
            }
            boolean closing = lt + 1 < n && html[lt + 1] == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            int nameEnd = nameStart;
            while (nameEnd < n && !isSpace(html[nameEnd]) && html[nameEnd] != '>' && html[nameEnd] != '/') {
                nameEnd++;
            }
            String name = name(html, nameStart, nameEnd);
            int tagEnd = tagEnd(html, nameEnd);
            i = tagEnd < 0 ? n : tagEnd + 1;
            if (name.isEmpty()) continue;
            if (closing) {
                boolean open = false;
                for (int k = 0; k < depth && !open; k++) open = stack[k].name().equals(name);
                while (open && depth > 0) {
                    Open o = stack[--depth];
                    stack[depth] = null;
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
                        String text = heading.normalised();
                        if (noise == 0 && !text.isEmpty()) {
                            if (headings.length() > 0) headings.append(' ');
                            headings.append(text);
                        }
                        heading.clear();
                    }
                    if (inMain > 0 && noise == 0 && BLOCK.contains(o.name())) body.boundary();
                    if (o.name().equals(name)) break;
                }
                continue;
            }
            int attrsEnd = tagEnd < 0 ? nameEnd : tagEnd;
            boolean selfClosing = attrsEnd > nameEnd && html[attrsEnd - 1] == '/';
            if (name.equals("meta") && description == null && "description".equals(attr(html, nameEnd, attrsEnd,
                    "name"))) {
                description = attr(html, nameEnd, attrsEnd, "content");
                if (description == null) description = "";
            }
            if (RAW.contains(name)) {
                int close = indexOfCloseTag(html, name, i);
                int rawEnd = close < 0 ? n : close;
                if (name.equals("title") && docTitle == null) {
                    Text t = new Text();
                    t.append(Parser.unescapeEntities(utf8(html, i, rawEnd), false));
                    docTitle = t.normalised();
                }
                // Script and style contents are data, not text, to jsoup as to readers.
                boolean counted = inMain > 0 && noise == 0 && !name.equals("script") && !name.equals("style");
                if (counted) {
                    String raw = utf8(html, i, rawEnd);
                    body.boundary();
                    body.append(name.equals("textarea") ? Parser.unescapeEntities(raw, false) : raw);
                    body.boundary();
                }
                int gt = close < 0 ? -1 : indexOf(html, (byte) '>', close);
                i = gt < 0 ? n : gt + 1;
                continue;
            }
            boolean block = BLOCK.contains(name);
            if (inMain > 0 && noise == 0 && block) body.boundary();
            if (VOID.contains(name) || selfClosing) {
                if (inMain > 0 && noise == 0 && block) body.boundary();
                continue;
            }
            String classes = attrsEnd > nameEnd ? attr(html, nameEnd, attrsEnd, "class") : null;
            boolean isNoise = name.equals("script") || classes != null && (hasAnyClass(classes, NOISE_CLASSES)
                    || name.equals("sup") && hasAnyClass(classes, CITE));
            boolean isMain = name.equals("main") && inMain == 0 && !hasMain;
            if (isMain) hasMain = true;
            boolean mainNow = inMain > 0 || isMain;
            boolean quiet = noise > 0 || isNoise;
            Open o = new Open(name, isNoise,
                    mainNow && !quiet && !h1Done && inH1 == 0 && name.equals("h1"),
                    mainNow && !quiet && !kickerDone && inKicker == 0 && classes != null
                            && hasAnyClass(classes, KICKER),
                    mainNow && !quiet && inHeading == 0 && (name.equals("h2") || name.equals("h3")),
                    isMain);
            if (depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
            stack[depth++] = o;
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

    private static String utf8(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    /** Whether the bytes are ASCII without an entity: then they are their own text. */
    private static boolean plainAscii(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            if (b[k] < 0 || b[k] == '&') return false;
        }
        return true;
    }

    /** A tag name, lower case as jsoup has it. */
    private static String name(byte[] b, int from, int to) {
        boolean ascii = true;
        for (int k = from; k < to && ascii; k++) ascii = b[k] >= 0;
        if (!ascii) return utf8(b, from, to).toLowerCase(Locale.ROOT);
        char[] c = new char[to - from];
        for (int k = from; k < to; k++) {
            byte x = b[k];
            c[k - from] = (char) (x >= 'A' && x <= 'Z' ? x + ('a' - 'A') : x);
        }
        return new String(c);
    }

    private static int indexOf(byte[] b, byte what, int from) {
        for (int k = from; k < b.length; k++) {
            if (b[k] == what) return k;
        }
        return -1;
    }

    private static int indexOf(byte[] b, String ascii, int from) {
        for (int k = from; k <= b.length - ascii.length(); k++) {
            if (startsWith(b, k, ascii)) return k;
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        if (at + ascii.length() > b.length) return false;
        for (int k = 0; k < ascii.length(); k++) {
            if (b[at + k] != ascii.charAt(k)) return false;
        }
        return true;
    }

    /** Where {@code </name} (any case) starts at or after {@code from}, or -1; the name is ASCII. */
    private static int indexOfCloseTag(byte[] b, String name, int from) {
        int len = name.length() + 2;
        outer:
        for (int k = from; k <= b.length - len; k++) {
            if (b[k] != '<' || b[k + 1] != '/') continue;
            for (int j = 0; j < name.length(); j++) {
                int x = b[k + 2 + j];
                if (x >= 'A' && x <= 'Z') x += 'a' - 'A';
                if (x != name.charAt(j)) continue outer;
            }
            return k;
        }
        return -1;
    }

    /** Where a tag that started before {@code from} ends ({@code >} outside quoted attribute values), or -1. */
    private static int tagEnd(byte[] b, int from) {
        byte quote = 0;
        for (int k = from; k < b.length; k++) {
            byte c = b[k];
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

    /** The unescaped value of attribute {@code name} in a tag's attribute bytes {@code [from, to)}, or null. */
    static String attr(byte[] b, int from, int to, String name) {
        int k = from;
        while (k < to) {
            while (k < to && (isSpace(b[k]) || b[k] == '/')) k++;
            int start = k;
            while (k < to && !isSpace(b[k]) && b[k] != '=' && b[k] != '/') k++;
            int keyEnd = k;
            while (k < to && isSpace(b[k])) k++;
            int valueStart = k;
            int valueEnd = k;
            if (k < to && b[k] == '=') {
                k++;
                while (k < to && isSpace(b[k])) k++;
                if (k < to && (b[k] == '"' || b[k] == '\'')) {
                    byte q = b[k];
                    int close = k + 1;
                    while (close < to && b[close] != q) close++;
                    valueStart = k + 1;
                    valueEnd = close;
                    k = close + 1;
                } else {
                    valueStart = k;
                    while (k < to && !isSpace(b[k])) k++;
                    valueEnd = k;
                }
            }
            if (keyEnd == start) {
                k++;
                continue;
            }
            if (sameName(b, start, keyEnd, name)) return Parser.unescapeEntities(utf8(b, valueStart, valueEnd), true);
        }
        return null;
    }

    /** An attribute's name equals {@code name}, ignoring case as {@link String#equalsIgnoreCase} does. */
    private static boolean sameName(byte[] b, int from, int to, String name) {
        for (int k = from; k < to; k++) {
            if (b[k] < 0) return utf8(b, from, to).equalsIgnoreCase(name);
        }
        if (to - from != name.length()) return false;
        for (int k = from; k < to; k++) {
            int x = b[k];
            if (x >= 'A' && x <= 'Z') x += 'a' - 'A';
            int y = name.charAt(k - from);
            if (y >= 'A' && y <= 'Z') y += 'a' - 'A';
            if (x != y) return false;
        }
        return true;
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

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Text normalised as jsoup's {@code Element.text()} does: whitespace collapsed, invisible characters out. */
    private static final class Text {
        /** A plain array rather than a StringBuilder, whose appends cost calls per character once text has a dash. */
        private char[] out = new char[256];
        private int length;
        /** Whether the text so far ends in a space (or is empty, where a space is not added either). */
        private boolean spaced = true;

        void append(String text) {
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                    space();
                } else if (c != '\u200b' && c != '\u00ad') {
                    put(c);
                }
            }
        }

        /** {@link #append(String)} of ASCII bytes without entities, which are their own characters. */
        void append(byte[] b, int from, int to) {
            if (length + (to - from) > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, length + to - from));
            for (int k = from; k < to; k++) {
                byte c = b[k];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
                    if (!spaced) {
                        out[length++] = ' ';
                        spaced = true;
                    }
                } else {
                    out[length++] = (char) c;
                    spaced = false;
                }
            }
        }

        private void put(char c) {
            if (length == out.length) out = Arrays.copyOf(out, length * 2);
            out[length++] = c;
            spaced = false;
        }

        private void space() {
            if (!spaced) {
                put(' ');
                spaced = true;
            }
        }

        /** A block element's edge: words on either side stay apart. */
        void boundary() {
            space();
        }

        void clear() {
            length = 0;
            spaced = true;
        }

        String normalised() {
            return new String(out, 0, length).trim();
        }
    }
}
