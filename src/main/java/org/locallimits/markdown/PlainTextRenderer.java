package org.locallimits.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * flexmark's rendering of a text node, without the work that cannot change it. flexmark unescapes every text with
 * a pattern search for a backslash or an entity, then escapes it with another pattern: together a quarter of
 * rendering a body. Text with no backslash, ampersand or carriage return comes out of the first step as it went
 * in, so here only {@code < > "} are escaped, as flexmark's {@code Escaping.escapeHtml} escapes them; any other
 * text takes flexmark's own path. {@code MarkdownRendererTest} compares the two on every body of the real site.
 */
final class PlainTextRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainTextRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = text(node.getChars());
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0 || text.indexOf('\r') >= 0) {
            html.text(Escaping.normalizeEOL(node.getChars().unescape())); // what flexmark's core renderer does
            return;
        }
        html.raw(escape(text));
    }

    /**
     * The characters of a text node. flexmark copies them one call per character; most text nodes are a stretch of
     * the body's own string, copied here at once. flexmark shows a NUL as U+FFFD, so text with one is left to it.
     */
    private static String text(BasedSequence chars) {
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String body) {
            String text = body.substring(sub.getStartOffset(), sub.getEndOffset());
            if (text.indexOf('\0') < 0) return text;
        }
        return chars.toString();
    }

    /** {@code < > "} as entities; the text has no {@code &}. */
    private static String escape(String text) {
        int k = 0;
        int n = text.length();
        while (k < n) {
            char c = text.charAt(k);
            if (c == '<' || c == '>' || c == '"') break;
            k++;
        }
        if (k == n) return text;
        StringBuilder out = new StringBuilder(n + 16).append(text, 0, k);
        for (; k < n; k++) {
            char c = text.charAt(k);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
