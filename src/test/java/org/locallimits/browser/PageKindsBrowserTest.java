package org.locallimits.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of page loads cleanly, stays on 127.0.0.1, passes axe in both colour schemes and stays light. */
class PageKindsBrowserTest extends OneBrowserPerClass {
    @AfterEach
    void lightAgain() {
        browser.colorScheme("light");
    }

    /** One page of each kind; query strings exercise the scripts' restored states. */
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("home", ""),
                Arguments.of("measure", "measures/portland-mask-tear-gas-proposal/"),
                Arguments.of("state", "jurisdictions/illinois/"),
                Arguments.of("city", "jurisdictions/chicago/"),
                Arguments.of("limit", "limits/anti-commandeering/"),
                Arguments.of("page", "guide/"),
                Arguments.of("all measures", "measures/"),
                Arguments.of("type", "types/officer-identification/"),
                Arguments.of("status", "status/in-effect/"),
                Arguments.of("limits", "limits/"),
                Arguments.of("places", "jurisdictions/"),
                Arguments.of("sources", "sources/"),
                Arguments.of("compare", "compare/"),
                Arguments.of("compare filtered", "compare/?state=illinois&sort=adopted&dir=desc"),
                Arguments.of("timeline", "timeline/?state=oregon"),
                Arguments.of("search", "search/?q=mask"),
                Arguments.of("not found", "no-such-page/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void loadsWithoutConsoleErrorsFailedOrForeignRequests(String kind, String path) {
        browser.consoleErrors();
        browser.open(path);
        if (path.startsWith("search/")) browser.waiting().until(d -> !browser.findAll("#search-results li").isEmpty());
        List<String> errors = browser.consoleErrors().stream()
                // The not-found page is itself the 404 response that Chromium logs; nothing else may fail.
                .filter(e -> !(kind.equals("not found") && e.contains(browser.site.url(path)) && e.contains("404")))
                .toList();
        assertEquals(List.of(), errors, "console errors on " + path);
        assertEquals(List.of(), browser.failedResources(), "failed requests on " + path);
        List<String> foreign = browser.requestedUrls().stream()
                .filter(u -> !u.startsWith(browser.site.baseUrl())).toList();
        assertEquals(List.of(), foreign, "requests leaving 127.0.0.1 from " + path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoAxeViolationsInLightAndDarkMode(String kind, String path) {
        browser.open(path);
        if (path.startsWith("search/")) browser.waiting().until(d -> !browser.findAll("#search-results li").isEmpty());
        assertEquals(List.of(), browser.axeViolations(), "axe, light mode, " + path);
        browser.colorScheme("dark");
        assertEquals("rgb(18, 20, 22)", browser.js("return getComputedStyle(document.body).backgroundColor"),
                "dark mode did not apply");
        assertEquals(List.of(), browser.axeViolations(), "axe, dark mode, " + path);
    }

    @Test
    void everyMeasurePageWeighsUnder100KilobytesWithoutLayoutShift() {
        browser.open("measures/");
        @SuppressWarnings("unchecked")
        List<String> measures = (List<String>) browser.js("return Array.prototype.map.call("
                + "document.querySelectorAll('.card-title a'), function (a) { return a.getAttribute('href'); })");
        assertTrue(measures.size() >= 10, "too few measures listed: " + measures);
        for (String href : measures) {
            String path = "measures/" + href.replaceFirst("^(\\.\\./)?", "");
            browser.open(path);
            long bytes = ((Number) browser.js("var n = performance.getEntriesByType('navigation')[0].encodedBodySize;"
                    + "performance.getEntriesByType('resource').forEach(function (e) { n += e.encodedBodySize; });"
                    + "return n;")).longValue();
            assertTrue(bytes > 1000 && bytes < 100 * 1024, path + " weighs " + bytes + " bytes");
            double shift = browser.layoutShift();
            assertTrue(shift < 0.01, path + " shifted its layout by " + shift);
        }
    }
}
