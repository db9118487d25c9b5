package org.locallimits.serve;

import java.util.Map;

/** Content types by file extension, for the files a site holds. Stateless. */
final class ContentTypes {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"), Map.entry("woff2", "font/woff2"));

    private ContentTypes() {
    }

    static String of(String path) {
        if (path.endsWith("feed.xml")) return "application/atom+xml";
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream" : TYPES.getOrDefault(path.substring(dot + 1), "application/octet-stream");
    }
}
