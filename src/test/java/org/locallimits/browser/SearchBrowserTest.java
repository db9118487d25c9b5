package org.locallimits.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;

/** Client-side search finds the pages readers ask for first, restores its query from the URL, stays local. */
class SearchBrowserTest extends OneBrowserPerClass {
    /** Types a query into the search box and returns the result links, best first, as site-relative paths. */
    private static List<String> search(String query) {
        return search("search/", query);
    }

    private static List<String> search(String page, String query) {
        browser.open(page);
        browser.waiting().until(d -> browser.find("#search-form").getAttribute("class").contains("ready"));
        browser.find("#q").sendKeys(query);
        browser.waiting().until(d -> browser.find("#search-status").getText().contains(query));
        return results();
    }

    @SuppressWarnings("unchecked")
    private static List<String> results() {
        return (List<String>) browser.js("return Array.prototype.map.call(document.querySelectorAll("
                + "'#search-results .result-title a'), function (a) { return a.href.substring(arguments[0].length); })"
                .replace("arguments[0]", "'" + browser.site.baseUrl() + "'"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "mask, measures/california-no-secret-police-act/",
            "tear gas, measures/portland-mask-tear-gas-proposal/",
            "license plate, measures/illinois-plate-watch-hotline/",
            "Printz, limits/anti-commandeering/",
            "emergency, limits/local-emergency-powers/"})
    void findsTheRightPageFirst(String query, String expected) {
        List<String> found = search(query);
        assertTrue(!found.isEmpty(), "no results for " + query);
        assertEquals(expected, found.get(0), "results for " + query + ": " + found);
    }

    @Test
    void spanishSearchIgnoresSpanishFunctionWordsAndAccents() {
        // "de", "la", "los" are Spanish stop words: were they indexed, every Spanish page would match them.
        List<String> found = search("es/search/", "el gas lacrimógeno de los agentes");
        assertTrue(!found.isEmpty(), "no Spanish results");
        assertEquals("es/measures/portland-mask-tear-gas-proposal/", found.get(0), found::toString);
        List<String> plain = search("es/search/", "gas lacrimogeno agentes");
        assertEquals(plain, found, "function words and accents change nothing");
    }

    @Test
    void ranksEveryEmergencyPageAboveOtherPages() {
        List<String> found = search("emergency");
        assertEquals(Set.of("limits/local-emergency-powers/", "measures/los-angeles-county-emergency-declaration/",
                "measures/cook-county-emergency-proposal/"), Set.copyOf(found.subList(0, 3)), found::toString);
    }

    @Test
    void restoresTheQueryFromTheUrlAndLoadsNothingButTheIndex() {
        browser.open("search/?q=tear+gas");
        browser.waiting().until(d -> !browser.findAll("#search-results li").isEmpty());
        assertEquals("tear gas", browser.find("#q").getAttribute("value"));
        assertEquals("measures/portland-mask-tear-gas-proposal/", results().get(0));
        browser.find("#q").sendKeys(" courthouse", Keys.ENTER);
        browser.waiting().until(d -> browser.currentPath().equals("search/?q=tear%20gas%20courthouse"));
        List<String> requested = browser.requestedUrls().stream().map(u -> u.substring(browser.site.baseUrl().length()))
                .filter(u -> !u.startsWith("assets/")).toList();
        assertEquals(List.of("search/?q=tear%20gas%20courthouse", "search/index.json"), requested);
    }

    @Test
    void saysSoWhenNothingMatches() {
        search("zzyzx");
        assertEquals(0, browser.findAll("#search-results li").size());
        assertTrue(browser.find("#search-status").getText().startsWith("No results"));
    }

    @Test
    void homePageSearchBoxLeadsToResults() {
        browser.open("");
        browser.find("#home-q").sendKeys("Printz", Keys.ENTER);
        browser.waiting().until(d -> !browser.findAll("#search-results li").isEmpty());
        assertEquals("limits/anti-commandeering/", results().get(0));
    }
}
