package org.locallimits.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A browser test class: one headless Chromium (with the real site built) for all its tests, opened before the
 * first and closed after the last. Subclasses' own {@code @BeforeAll} methods run after the browser opens and
 * their {@code @AfterAll} methods before it closes. Test classes run one after another (Surefire's default), so the
 * field holds the browser of the class running.
 */
abstract class OneBrowserPerClass {
    static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.close();
        browser = null;
    }
}
