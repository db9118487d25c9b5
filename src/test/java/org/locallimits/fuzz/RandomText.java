package org.locallimits.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random YAML- and Markdown-shaped text for fuzzing, built from the tokens that matter to each parser (indents,
 * colons, brackets, anchors, tags, quotes, emphasis, links, raw HTML, control and non-ASCII characters) rather than
 * from uniformly random bytes, which would nearly always fail at the first character. The same seed always gives
 * the same text, so a failure names a seed that reproduces it. Not thread-safe; one instance per input.
 */
final class RandomText {
    private static final List<String> YAML = List.of("title", "summary", "sources", "doctrines", "date", "x", "a-b",
            ": ", ":", "- ", "-", "  ", "    ", "\t", "\n", "\n", "\n", "[", "]", "{", "}", ", ", "&a ", "*a", "&b ",
            "*b", "!!str ", "!!binary ", "!!set ", "!!python/object:os.system ", "!!javax.script.X ", "!local ", "|",
            "|-", ">", "\"", "'", "\\", "\\u0000", "\\e", "#", " # c", "---", "...", "? ", "<<: ", "2025-02-30",
            "2025-10-15", "20251015", "yes", "no", "~", "null", "1e9", "0x1F", ".inf", "%YAML 1.1", "%TAG ! x", "@",
            "`", "é", "日本", "\u200b", "\u202e", "\u2028", "\ufeff", "\u0007", "😀", "${7*7}", "<#assign x=1>");
    private static final List<String> MARKDOWN = List.of("word ", "text", " ", " ", "\n", "\n", "\n\n", "# ", "## ",
            "### ", "> ", ">", "- ", "* ", "+ ", "1. ", "1) ", "    ", "  ", "\t", "*", "**", "_", "__", "~~", "`",
            "```", "~~~", "[", "]", "(", ")", "](", "![", "[a](", "[a][r]", "[r]: https://a.example/\n", "<", ">",
            "<div>", "</div>", "<p>", "<b onclick=\"window.__x=1\">", "</b>", "<script>window.__x=1</script>",
            "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">", "</a>", "<svg onload=alert(1)>",
            "<iframe srcdoc=x>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#106;", "&lt;", "|", "| a |",
            "|---|", "---", "***", "===", "[@a]", "[@a, p. 4]", "[@a; @b]", "[@", "[^1]", "[^1]: note\n",
            "[!unverified]", "TODO", "measure:x", "page:../x", "(measure:x)", "(javascript:alert(1))", "(data:x)",
            "<https://a.example>", "<javascript:alert(1)>", "\\", "\\*", "&", "\"", "'", "${7*7}", "<#assign x=1>",
            "é", "\u200b", "\u202e", "\u2028", "\u0000", "\u0007", "😀", "\r");

    private final SplittableRandom random;

    RandomText(long seed) {
        random = new SplittableRandom(seed);
    }

    /** Up to {@code maxTokens} YAML tokens. */
    String yaml(int maxTokens) {
        return tokens(YAML, maxTokens);
    }

    /** Up to {@code maxTokens} Markdown tokens, sometimes with one token repeated many times (deep nesting). */
    String markdown(int maxTokens) {
        String text = tokens(MARKDOWN, maxTokens);
        if (random.nextInt(4) == 0) {
            String run = MARKDOWN.get(random.nextInt(MARKDOWN.size())).repeat(1 + random.nextInt(300));
            int at = random.nextInt(text.length() + 1);
            text = text.substring(0, at) + run + text.substring(at);
        }
        return text;
    }

    /** A Markdown file: front matter of random YAML (sometimes valid fields), then a random body. */
    String page(int maxTokens) {
        String yaml = random.nextBoolean() ? "title: T\nsummary: S\n" + yaml(maxTokens / 4) : yaml(maxTokens / 2);
        return (random.nextInt(8) == 0 ? "" : "---\n") + yaml + (random.nextInt(8) == 0 ? "" : "\n---\n")
                + markdown(maxTokens);
    }

    private String tokens(List<String> vocabulary, int maxTokens) {
        int n = random.nextInt(maxTokens + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) out.append(vocabulary.get(random.nextInt(vocabulary.size())));
        return out.toString();
    }

    /** Shows a generated input in a failure message with invisible characters escaped. */
    static String show(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\n') out.append("\\n\n");
            else if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
