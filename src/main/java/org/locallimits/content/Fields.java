package org.locallimits.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.diag.Suggestions;
import org.locallimits.yaml.YList;
import org.locallimits.yaml.YMap;
import org.locallimits.yaml.YNode;
import org.locallimits.yaml.YScalar;

/**
 * Typed access to one YAML mapping, reporting each missing, unknown or ill-typed field as a problem with its
 * position and a hint. Accessors never throw: after a problem they return a harmless placeholder and the caller
 * carries on, so that one run reports every mistake. Not thread-safe; one instance per mapping.
 */
final class Fields {
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_TEXT = 5_000;

    private final YMap map;
    private final String what;
    private final Problems problems;

    /** Reports every key of {@code map} that is not in {@code allowed}. {@code what} names the thing ("a measure"). */
    Fields(YMap map, String what, List<String> allowed, Problems problems) {
        this.map = map;
        this.what = what;
        this.problems = problems;
        for (YMap.Entry e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                problems.error(e.keyPos(), "unknown field `" + e.key() + "` in " + what,
                        Suggestions.hint(e.key(), allowed, "fields allowed here"));
            }
        }
    }

    static Optional<Fields> of(YNode node, String what, List<String> allowed, Problems problems) {
        if (node instanceof YMap m) return Optional.of(new Fields(m, what, allowed, problems));
        problems.error(node.pos(), what + " must be a set of `name: value` fields, not " + node.kind(),
                "write each field on its own line as `name: value`");
        return Optional.empty();
    }

    SourcePos pos() {
        return map.pos();
    }

    /** The keys written, in order. */
    List<String> keys() {
        return List.copyOf(map.entries().keySet());
    }

    java.util.Optional<YNode> node(String key) {
        return map.get(key);
    }

    boolean has(String key) {
        return map.get(key).isPresent();
    }

    /** Where a key was written, or the mapping's own position when it is absent. */
    SourcePos posOf(String key) {
        YMap.Entry e = map.entries().get(key);
        return e == null ? map.pos() : e.value().pos();
    }

    String text(String key) {
        return optText(key).orElseGet(() -> {
            if (!has(key)) missing(key, "some text");
            return "";
        });
    }

    Optional<String> optText(String key) {
        Optional<YNode> n = map.get(key);
        if (n.isEmpty()) return Optional.empty();
        if (n.get() instanceof YScalar s) {
            String v = s.value().strip();
            if (v.isEmpty()) {
                problems.error(s.pos(), "`" + key + "` is empty", "write a value after `" + key + ":`, or delete the line");
                return Optional.empty();
            }
            int bad = invisible(v);
            if (bad >= 0) {
                problems.error(s.pos(), "`" + key + "` contains the control character U+"
                        + String.format(java.util.Locale.ROOT, "%04X", (int) v.charAt(bad)),
                        "remove it; escapes such as \\0, \\a or \\e in double quotes produce characters that no page,"
                                + " feed or spreadsheet can show");
                return Optional.empty();
            }
            if (v.length() > MAX_TEXT) {
                problems.error(s.pos(), "`" + key + "` is too long (" + v.length() + " characters; the limit is "
                        + MAX_TEXT + ")", "keep front-matter values short; long text belongs in the Markdown body");
                return Optional.of(v.substring(0, MAX_TEXT));
            }
            return Optional.of(v);
        }
        wrongKind(key, n.get(), "text");
        return Optional.empty();
    }

    /**
     * The index of the first character that is not allowed in XML 1.0 or is a C1 control (a tab and line breaks are
     * fine), or -1. Such characters reach values only through YAML escapes; they would break the feeds.
     */
    private static int invisible(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                    || c == 0xFFFE || c == 0xFFFF;
            boolean loneSurrogate = Character.isHighSurrogate(c)
                    ? i + 1 >= v.length() || !Character.isLowSurrogate(v.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(v.charAt(i - 1)));
            if (control || loneSurrogate) return i;
        }
        return -1;
    }

    LocalDate date(String key) {
        return optDate(key).orElseGet(() -> {
            if (!has(key)) missing(key, "a date such as 2025-10-15");
            return LocalDate.EPOCH;
        });
    }

    Optional<LocalDate> optDate(String key) {
        Optional<YNode> n = map.get(key);
        if (n.isEmpty()) return Optional.empty();
        return parseDate(key, n.get());
    }

    Optional<LocalDate> parseDate(String key, YNode n) {
        if (!(n instanceof YScalar s)) {
            wrongKind(key, n, "a date");
            return Optional.empty();
        }
        String v = s.value().strip();
        try {
            LocalDate d = LocalDate.parse(v, ISO_DATE);
            if (d.getYear() < 1700 || d.getYear() > 2100) {
                problems.error(s.pos(), "`" + key + "` has an unlikely year: " + v, "check the year");
                return Optional.empty();
            }
            return Optional.of(d);
        } catch (DateTimeParseException e) {
            boolean shaped = v.matches("\\d{4}-\\d{2}-\\d{2}");
            problems.error(s.pos(), shaped ? "`" + key + "` is not a real date: " + v
                            : "`" + key + "` is not a date in the form YYYY-MM-DD: " + v,
                    shaped ? "check the month and day (for example, February has 28 or 29 days)"
                            : "write dates as year-month-day with two-digit month and day, e.g. 2025-10-15");
            return Optional.empty();
        }
    }

    boolean bool(String key, boolean fallback) {
        Optional<YNode> n = map.get(key);
        if (n.isEmpty()) return fallback;
        if (n.get() instanceof YScalar s && (s.value().equals("true") || s.value().equals("false"))) {
            return s.value().equals("true");
        }
        problems.error(n.get().pos(), "`" + key + "` must be `true` or `false`", "write `" + key + ": true` or `"
                + key + ": false`");
        return fallback;
    }

    /** A required id (slug) referring to something else; its existence is checked later. */
    Ref ref(String key) {
        return optRef(key).orElseGet(() -> {
            if (!has(key)) missing(key, "an id such as `portland`");
            return new Ref("", posOf(key));
        });
    }

    Optional<Ref> optRef(String key) {
        Optional<YNode> n = map.get(key);
        if (n.isEmpty()) return Optional.empty();
        return slugOf(key, n.get());
    }

    private Optional<Ref> slugOf(String key, YNode n) {
        if (!(n instanceof YScalar s)) {
            wrongKind(key, n, "an id");
            return Optional.empty();
        }
        String v = s.value().strip();
        if (!SLUG.matcher(v).matches()) {
            problems.error(s.pos(), "`" + v + "` is not a valid id in `" + key + "`",
                    "ids use lower-case letters, digits and single hyphens, e.g. `cook-county`");
            return Optional.empty();
        }
        return Optional.of(new Ref(v, s.pos()));
    }

    /** A list of ids; a single id written without brackets is accepted as a list of one. */
    List<Ref> refs(String key) {
        Optional<YNode> n = map.get(key);
        if (n.isEmpty()) return List.of();
        List<YNode> items = n.get() instanceof YList l ? l.items() : List.of(n.get());
        List<Ref> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (YNode item : items) {
            slugOf(key, item).ifPresent(r -> {
                if (!ids.add(r.id())) {
                    problems.warning(r.pos(), "`" + r.id() + "` is listed twice in `" + key + "`", "remove one");
                } else {
                    out.add(r);
                }
            });
        }
        return out;
    }

    /** A list of mappings, each wrapped as {@link Fields} with the given allowed keys. */
    List<Fields> list(String key, String itemWhat, List<String> allowed) {
        Optional<YNode> n = map.get(key);
        if (n.isEmpty()) return List.of();
        if (!(n.get() instanceof YList l)) {
            wrongKind(key, n.get(), "a list (each item starting with `- `)");
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (YNode item : l.items()) of(item, itemWhat, allowed, problems).ifPresent(out::add);
        return out;
    }

    Optional<Fields> map(String key, String itemWhat, List<String> allowed) {
        return map.get(key).flatMap(n -> of(n, itemWhat, allowed, problems));
    }

    /** A required value from a vocabulary, with "did you mean" for a misspelling. */
    String term(String key, Vocabulary vocabulary, String listName) {
        String v = text(key);
        if (v.isEmpty()) return v;
        List<String> ids = vocabulary.ids(listName);
        if (!ids.contains(v)) {
            problems.error(posOf(key), "unknown " + key.replace('_', ' ') + " `" + v + "`",
                    Suggestions.hint(v, ids, "allowed values (content/vocabulary.yaml " + listName + ")"));
        }
        return v;
    }

    /** A required absolute http(s) URL. */
    String url(String key) {
        String v = text(key);
        if (!v.isEmpty()) checkUrl(key, v);
        return v;
    }

    Optional<String> optUrl(String key) {
        Optional<String> v = optText(key);
        v.ifPresent(u -> checkUrl(key, u));
        return v;
    }

    private void checkUrl(String key, String v) {
        if (!v.matches("https?://[^\\s/$.?#][^\\s<>\"]*")) {
            problems.error(posOf(key), "`" + key + "` is not a web address: " + v,
                    "write the full address, starting with https:// (or http://)");
        }
    }

    void missing(String key, String example) {
        YMap.Entry written = map.entries().get(key);
        if (written != null) {
            problems.error(written.keyPos(), "`" + key + "` has no value", "write " + example + " after `" + key + ":`");
            return;
        }
        problems.error(map.pos(), what + " is missing the required field `" + key + "`",
                "add a line `" + key + ": …` with " + example);
    }

    private void wrongKind(String key, YNode n, String expected) {
        problems.error(n.pos(), "`" + key + "` must be " + expected + ", not " + n.kind(),
                "see content/README.md for the shape of this field");
    }
}
