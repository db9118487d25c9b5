package org.locallimits.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.locallimits.content.Body;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;

/**
 * Keeps hostile Markdown from hanging or crashing the build. flexmark takes time quadratic in the number of
 * brackets in a body (links, images and reference definitions), and renders recursively, so thousands of
 * brackets or a few thousand levels of nesting (quotes, lists, emphasis) would stall the build for minutes or
 * overflow the stack. Real bodies use a few dozen brackets and a handful of levels; the limits are far above
 * that. Stateless and thread-safe.
 */
public final class MarkdownLimits {
    /** Characters in one body: about 30,000 words. */
    static final int MAX_CHARS = 200_000;
    /** {@code [} characters in one body. */
    static final int MAX_BRACKETS = 2_000;
    /** Levels of nested Markdown elements (a quote in a list in a quote …), counting the document itself. */
    static final int MAX_DEPTH = 40;

    private MarkdownLimits() {
    }

    /**
     * Parses {@code body} unless it is too large or has too many brackets, reporting a problem when it exceeds a
     * limit. A body that cannot be parsed safely is replaced by an empty one, so that later stages can run and
     * report their own problems; the build fails anyway.
     */
    public static Parsed parse(MarkdownRenderer markdown, Body body, String file, Problems problems) {
        // A body the preview parsed before passed these checks then; counting its brackets again costs a scan.
        java.util.Optional<Parsed> known = markdown.remembered(body, file);
        if (known.isPresent()) return known.get();
        String text = body.markdown();
        Body empty = new Body("", body.firstLine());
        if (text.length() > MAX_CHARS) {
            problems.error(SourcePos.of(file, body.firstLine(), 1), "the text is too long (" + text.length()
                    + " characters; the limit is " + MAX_CHARS + ")", "split it into several pages");
            return markdown.parse(empty, file);
        }
        int brackets = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '[' && ++brackets > MAX_BRACKETS) {
                problems.error(position(text, i, body, file), "the text has more than " + MAX_BRACKETS
                        + " `[` brackets", "links and citations need far fewer; remove pasted or generated text");
                return markdown.parse(empty, file);
            }
        }
        // Whether flexmark's recursion overflows before the depth is measured depends on the stack and the JIT, so
        // both ways report the same problem at the same place and give the same (empty) result: runs agree.
        Parsed parsed;
        try {
            parsed = markdown.parse(body, text, file);
        } catch (StackOverflowError e) {
            parsed = null;
        }
        if (parsed == null || parsed.tooDeepAt().isPresent()) {
            problems.error(SourcePos.of(file, body.firstLine(), 1), tooDeep(), depthHint());
            return markdown.parse(empty, file);
        }
        return parsed;
    }

    private static String tooDeep() {
        return "the text is nested more than " + MAX_DEPTH + " levels deep";
    }

    private static String depthHint() {
        return "quotes, lists and emphasis inside each other need only a few levels; check for stray `>`, `-` or `*`";
    }

    /** The first node (in document order of discovery) nested deeper than {@code max}, found without recursion. */
    static Optional<Node> deeper(Node root, int max) {
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            int d = depths.pop();
            if (d > max) return Optional.of(n);
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                stack.push(c);
                depths.push(d + 1);
            }
        }
        return Optional.empty();
    }

    private static SourcePos position(String text, int offset, Body body, String file) {
        int line = body.firstLine();
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return SourcePos.of(file, line, offset - lineStart + 1);
    }
}
