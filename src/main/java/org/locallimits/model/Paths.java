package org.locallimits.model;

import java.util.List;

/**
 * The site's URL scheme: every page's path relative to the site root, always ending in {@code /} (clean URLs,
 * written as {@code path/index.html}). Stateless.
 */
public final class Paths {
    /** Top-level folders the generator owns; a page slug may not take one of these names. */
    public static final List<String> RESERVED = List.of("measures", "jurisdictions", "limits", "types", "status",
            "sources", "assets", "data", "schemas", "search", "es", "compare", "timeline", "updates", "feeds");

    private Paths() {
    }

    public static String measure(String slug) {
        return "measures/" + slug + "/";
    }

    public static String jurisdiction(String slug) {
        return "jurisdictions/" + slug + "/";
    }

    public static String limit(String slug) {
        return "limits/" + slug + "/";
    }

    public static String page(String slug) {
        return slug + "/";
    }

    public static String type(String id) {
        return "types/" + id + "/";
    }

    public static String status(String id) {
        return "status/" + id + "/";
    }

    public static String source(String id) {
        return "sources/#" + id;
    }

    /** The URL path prefix of a base URL: {@code https://x.org/a/b/} gives {@code /a/b/}. */
    public static String basePath(String baseUrl) {
        int scheme = baseUrl.indexOf("://");
        int slash = scheme < 0 ? -1 : baseUrl.indexOf('/', scheme + 3);
        String p = slash < 0 ? "/" : baseUrl.substring(slash);
        return p.endsWith("/") ? p : p + "/";
    }
}
