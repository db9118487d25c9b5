package org.locallimits.build;

/**
 * What {@code check} examines beyond a build: links and anchors in the generated pages, measures not verified
 * for more than {@code staleDays} before the site's as-of date, and (only when asked) every source URL online.
 */
public record CheckOptions(int staleDays, boolean online) {
    public static final int DEFAULT_STALE_DAYS = 90;
}
