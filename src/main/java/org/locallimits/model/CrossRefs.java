package org.locallimits.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cross-reference link syntax {@code [text](kind:id)} (optionally with a {@code #fragment}), shared by the
 * validator and the HTML stage that rewrites such links. Stateless.
 */
public final class CrossRefs {
    public static final List<String> KINDS = List.of("measure", "jurisdiction", "limit", "page", "source");
    private static final Pattern REF = Pattern.compile("(" + String.join("|", KINDS) + "):([^#]*)(#.*)?");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private CrossRefs() {
    }

    /** A parsed cross-reference. */
    public record Target(String kind, String id, String fragment) {
    }

    public static Optional<Target> parse(String url) {
        // Most links are web addresses; the pattern runs only on what could be a cross-reference.
        int colon = url.indexOf(':');
        if (colon < 0 || !KINDS.contains(url.substring(0, colon))) return Optional.empty();
        Matcher m = REF.matcher(url);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new Target(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3)));
    }

    /** The site-relative path of an existing target, with its fragment. */
    public static Optional<String> path(SiteModel model, Target t) {
        if (!exists(model, t)) return Optional.empty();
        String base = switch (t.kind()) {
            case "measure" -> Paths.measure(t.id());
            case "jurisdiction" -> Paths.jurisdiction(t.id());
            case "limit" -> Paths.limit(t.id());
            case "page" -> Paths.page(t.id());
            default -> Paths.source(t.id());
        };
        return Optional.of(t.fragment().isEmpty() ? base : base.replaceAll("#.*", "") + t.fragment());
    }

    private static boolean exists(SiteModel model, Target t) {
        return switch (t.kind()) {
            case "measure" -> model.measures().containsKey(t.id());
            case "jurisdiction" -> model.jurisdictions().containsKey(t.id());
            case "limit" -> model.limits().containsKey(t.id());
            case "page" -> model.pages().containsKey(t.id());
            default -> model.sources().containsKey(t.id());
        };
    }

    /** Every id of a kind, sorted: for "did you mean" hints. */
    static List<String> ids(SiteModel model, String kind) {
        var keys = switch (kind) {
            case "measure" -> model.measures().keySet();
            case "jurisdiction" -> model.jurisdictions().keySet();
            case "limit" -> model.limits().keySet();
            case "page" -> model.pages().keySet();
            default -> model.sources().keySet();
        };
        return keys.stream().sorted().toList();
    }

    /** The lower-case scheme of a URL ({@code https}, {@code javascript}), or empty for a relative URL. */
    public static String scheme(String url) {
        String cleaned = url.replaceAll("[\\x00-\\x20\\x7f]", "");
        Matcher m = SCHEME.matcher(cleaned);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
