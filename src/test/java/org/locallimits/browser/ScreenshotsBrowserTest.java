package org.locallimits.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Full-page screenshots for people to review, written to {@code target/screenshots/}, at a phone width (390 px)
 * and a desktop width (1280 px). Each also checks that nothing is wider than the screen.
 */
class ScreenshotsBrowserTest extends OneBrowserPerClass {
    @AfterAll
    static void widthAgain() {
        if (browser != null) browser.resetWidth();
    }

    @ParameterizedTest(name = "{0} at {2}px")
    @CsvSource({
            "home, '', 390", "home, '', 1280",
            "jurisdiction, jurisdictions/portland/, 390", "jurisdiction, jurisdictions/portland/, 1280",
            "measure, measures/portland-mask-tear-gas-proposal/, 390",
            "measure, measures/portland-mask-tear-gas-proposal/, 1280",
            "compare, compare/, 390", "compare, compare/, 1280",
            "search, search/?q=tear+gas, 390", "search, search/?q=tear+gas, 1280",
            "timeline, timeline/, 390", "home-320, '', 320"})
    void screenshotFitsTheScreen(String name, String path, int width) throws Exception {
        browser.width(width);
        browser.open(path);
        if (path.startsWith("search/")) browser.waiting().until(d -> !browser.findAll("#search-results li").isEmpty());
        assertEquals(width, ((Number) browser.js("return document.documentElement.scrollWidth")).intValue(),
                name + " scrolls sideways at " + width + " px");
        Path shot = browser.screenshot(name + "-" + width);
        assertTrue(Files.size(shot) > 10_000, shot + " looks empty");
    }

    /** Long labels (a status with its date, in Spanish) once pushed measure pages and listings off the screen. */
    @ParameterizedTest(name = "every page at {0}px")
    @org.junit.jupiter.params.provider.ValueSource(ints = {320, 1280})
    void noPageScrollsSideways(int width) {
        browser.width(width);
        java.util.List<String> pages = browser.site.pages();
        assertTrue(pages.size() > 100, "both editions' pages: " + pages.size());
        java.util.List<String> wide = new java.util.ArrayList<>();
        for (String path : pages) {
            browser.open(path);
            int scroll = ((Number) browser.js("return document.documentElement.scrollWidth")).intValue();
            if (scroll > width) wide.add(path + " (" + scroll + " px)");
        }
        assertEquals(java.util.List.of(), wide, "pages wider than a " + width + " px screen");
    }

    @ParameterizedTest(name = "{0} in dark mode")
    @CsvSource({"home, ''", "measure, measures/portland-mask-tear-gas-proposal/", "compare, compare/"})
    void darkModeScreenshot(String name, String path) throws Exception {
        browser.width(390);
        browser.colorScheme("dark");
        try {
            browser.open(path);
            assertTrue(Files.size(browser.screenshot(name + "-dark-390")) > 10_000);
        } finally {
            browser.colorScheme("light");
        }
    }
}
