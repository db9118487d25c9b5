package org.locallimits.serve;

import java.net.URI;
import java.util.Optional;

/**
 * Maps a request path to a file of the site. The site lives in memory, so no request can reach the file system;
 * still, any path with a {@code ..} segment (plain or encoded), a backslash, a control character or an encoded
 * slash is refused outright. Stateless.
 */
final class SitePaths {
    private SitePaths() {
    }

    /** The site-relative file for a raw request path, or nothing when the path is not acceptable. */
    static Optional<String> of(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
        String lower = rawPath.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.contains("\\")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URI.create("http://h" + rawPath).getPath();
        } catch (Exception e) {
            return Optional.empty();
        }
        if (decoded == null) return Optional.empty();
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) return Optional.empty();
        }
        for (char c : decoded.toCharArray()) {
            if (c < 0x20 || c == 0x7f || c == '\\') return Optional.empty();
        }
        String path = decoded.substring(1);
        return Optional.of(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }
}
