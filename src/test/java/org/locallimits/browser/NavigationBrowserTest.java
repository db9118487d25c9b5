package org.locallimits.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The map's links reach their states, and the home and measure pages work by keyboard with visible focus. */
class NavigationBrowserTest extends OneBrowserPerClass {
    /** What the focused element is, and whether its focus indicator shows (an outline, or a thick tile stroke). */
    private static final String FOCUS = "var e = document.activeElement; var s = getComputedStyle(e);"
            + "var rect = e.querySelector && e.querySelector('rect');"
            + "var box = e.getBoundingClientRect();"
            + "var shown = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)"
            + "  || (rect !== null && parseFloat(getComputedStyle(rect).strokeWidth) >= 3);"
            + "return {tag: e.tagName.toLowerCase(), href: e.getAttribute('href') || '', id: e.id || '',"
            + "  visible: String(shown),"
            + "  onScreen: String(box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight)};";


    @Test
    void mapLinksReachTheirStatePages() {
        browser.open("");
        List<WebElement> tiles = browser.findAll("svg.tile-map a");
        assertTrue(tiles.size() >= 4, "linked tiles: " + tiles.size());
        List<String[]> links = new ArrayList<>();
        for (WebElement a : tiles) links.add(new String[] {a.getDomAttribute("href"), a.getDomAttribute("aria-label")});
        for (int i = 0; i < links.size(); i++) {
            browser.open("");
            String label = links.get(i)[1];
            String state = label.substring(0, label.indexOf(':'));
            browser.findAll("svg.tile-map a").get(i).click();
            browser.waiting().until(d -> browser.currentPath().startsWith("jurisdictions/"));
            assertEquals(state, browser.find("h1").getText(), "tile " + label);
            assertEquals(links.get(i)[0].replaceFirst("^\\./", ""), browser.currentPath());
        }
        browser.open("");
        assertEquals(0, browser.findAll("svg.tile-map a[aria-label^='Texas']").size(), "Texas has no measures");
        assertEquals(tiles.size(), browser.findAll(".state-list a").size(), "the plain list matches the map");
    }

    /** Presses Tab up to {@code max} times and records each focus stop. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> tabThrough(int max) {
        List<Map<String, String>> stops = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            Map<String, String> stop = (Map<String, String>) browser.js(FOCUS);
            if (stop.get("tag").equals("body")) break;
            stops.add(stop);
        }
        return stops;
    }

    private static void assertReaches(List<Map<String, String>> stops, String hrefPart) {
        Map<String, String> stop = stops.stream().filter(s -> s.get("href").contains(hrefPart)).findFirst()
                .orElseThrow(() -> new AssertionError("Tab never reached a link to " + hrefPart + ": " + stops));
        assertEquals("true", stop.get("visible"), "focus is not visible on " + stop);
        assertEquals("true", stop.get("onScreen"), "focused element is off screen: " + stop);
    }

    @Test
    void homePageIsUsableByKeyboardAlone() {
        browser.open("");
        List<Map<String, String>> stops = tabThrough(80);
        assertEquals("#main", stops.get(0).get("href"), "the skip link comes first");
        stops.forEach(s -> assertEquals("true", s.get("visible"), "focus not visible: " + s));
        assertReaches(stops, "measures/");
        assertReaches(stops, "compare/");
        assertReaches(stops, "jurisdictions/illinois/");
        assertReaches(stops, "limits/");
        // Enter on the skip link moves focus to the main content.
        browser.open("");
        new Actions(browser.driver).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        assertEquals("main", browser.js("return document.activeElement.id"));
    }

    @Test
    void measurePageIsUsableByKeyboardAlone() {
        browser.open("measures/portland-mask-tear-gas-proposal/");
        List<Map<String, String>> stops = tabThrough(150);
        stops.forEach(s -> assertEquals("true", s.get("visible"), "focus not visible: " + s));
        assertReaches(stops, "jurisdictions/portland/");
        assertReaches(stops, "#federal-preemption");
        assertReaches(stops, "limits/intergovernmental-immunity/");
        assertReaches(stops, "#source-1");
        // Following the exposure link by keyboard lands on the box that explains the exposure.
        browser.open("measures/portland-mask-tear-gas-proposal/");
        WebElement why = browser.find(".summary-box a[href='#exposure-heading']");
        why.sendKeys(Keys.ENTER);
        browser.waiting().until(d -> browser.currentPath().endsWith("#exposure-heading"));
        assertTrue(browser.find("#exposure-heading").isDisplayed());
    }
}
