package org.locallimits.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation syntax {@code [@id]}, {@code [@id, p. 4]} and {@code [@a; @b, § 2]}, shared by the validator (which
 * reads Markdown lines) and the HTML stage (which replaces the same text in rendered text nodes). Stateless.
 */
public final class CitationSyntax {
    /** A bracketed group whose first item starts with {@code @}. */
    public static final Pattern GROUP = Pattern.compile("\\[(@[^\\[\\]\\n]*)\\]");
    private static final Pattern ITEM = Pattern.compile("\\s*@([^,;\\s]*)\\s*(?:,\\s*([^;]*?))?\\s*");

    private CitationSyntax() {
    }

    /** A citation group found in a text: where it starts and ends, and the text inside its brackets. */
    public record Group(int start, int end, String inside) {
    }

    /**
     * The first group at or after {@code from}, as {@link #GROUP}'s {@code find} gives it, or null. Written out
     * because the pattern is tried at every position of every text, and in a short run's quickly compiled code
     * that costs an interface call per character; {@code CitationSyntaxTest} checks the two agree.
     */
    public static Group find(String text, int from) {
        for (int start = text.indexOf("[@", from); start >= 0; start = text.indexOf("[@", start + 1)) {
            for (int k = start + 2; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == ']') return new Group(start, k + 1, text.substring(start + 1, k));
                if (c == '[' || c == '\n') break;
            }
        }
        return null;
    }

    /** One item of a group: the id as written (possibly invalid) and its pinpoint. */
    public record Item(String id, Optional<String> pinpoint) {
    }

    /** The items of a group's inside text, or empty when it is not a well-formed citation group. */
    public static List<Item> items(String inside) {
        List<Item> out = new ArrayList<>();
        for (String part : inside.split(";")) {
            Matcher m = ITEM.matcher(part);
            if (!m.matches()) return List.of();
            String pin = m.group(2) == null ? "" : m.group(2).strip();
            out.add(new Item(m.group(1), pin.isEmpty() ? Optional.empty() : Optional.of(pin)));
        }
        return out;
    }
}
