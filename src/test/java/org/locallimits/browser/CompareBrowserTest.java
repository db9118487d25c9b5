package org.locallimits.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The compare table filters and sorts with its state in the URL; the timeline filters by state; both work bare. */
class CompareBrowserTest extends OneBrowserPerClass {
    @AfterEach
    void scriptsOn() {
        browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    /** For each visible row: its data attributes and the sort key of the adopted column. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> visibleRows() {
        return (List<Map<String, String>>) browser.js("return Array.prototype.filter.call("
                + "document.querySelectorAll('#compare-table tbody tr'), function (r) { return !r.hidden; })"
                + ".map(function (r) { return {state: r.dataset.state, level: r.dataset.level, type: r.dataset.type,"
                + " status: r.dataset.status, adopted: r.cells[7].getAttribute('data-sort'),"
                + " title: r.cells[0].textContent.trim()}; })");
    }

    private static int measureCount() {
        browser.open("measures/");
        return browser.findAll(".cards .card").size();
    }

    @Test
    void showsEveryMeasureWithoutJavaScript() {
        int measures = measureCount();
        browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.open("compare/?state=oregon");
        assertEquals(measures, browser.findAll("#compare-table tbody tr").size());
        assertFalse(browser.find("#compare-filters").isDisplayed(), "the filters need JavaScript to work");
        assertEquals(measures, visibleRows().size());
        browser.open("timeline/?state=oregon");
        assertFalse(browser.find("#timeline-filters").isDisplayed());
        assertTrue(browser.findAll("#timeline-list li").stream().allMatch(li -> li.isDisplayed()));
    }

    @Test
    void filtersByStateAndLevelAndKeepsThemInTheUrl() {
        browser.open("compare/");
        int all = visibleRows().size();
        new Select(browser.find("#f-state")).selectByValue("oregon");
        List<Map<String, String>> oregon = visibleRows();
        assertTrue(!oregon.isEmpty() && oregon.size() < all, "oregon rows: " + oregon.size());
        assertTrue(oregon.stream().allMatch(r -> r.get("state").equals("oregon")));
        new Select(browser.find("#f-level")).selectByValue("city");
        List<Map<String, String>> cities = visibleRows();
        assertTrue(!cities.isEmpty() && cities.size() < oregon.size());
        assertTrue(cities.stream().allMatch(r -> r.get("state").equals("oregon") && r.get("level").equals("city")));
        assertEquals("compare/?state=oregon&level=city", browser.currentPath());
        assertEquals("Showing " + cities.size() + " of " + all + " measures.", browser.find("#compare-count").getText());
        browser.find("#f-clear").click();
        browser.waiting().until(d -> browser.currentPath().equals("compare/"));
        assertEquals(all, visibleRows().size());
    }

    @Test
    void filtersByTypeAndStatus() {
        browser.open("compare/");
        new Select(browser.find("#f-status")).selectByValue("proposed");
        assertTrue(visibleRows().stream().allMatch(r -> r.get("status").equals("proposed")));
        new Select(browser.find("#f-type")).selectByValue("emergency-declaration");
        List<Map<String, String>> rows = visibleRows();
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.get("type").equals("emergency-declaration")
                && r.get("status").equals("proposed")));
    }

    @Test
    void sortsByAColumnBothWaysAndKeepsItInTheUrl() {
        browser.open("compare/");
        browser.find("th[data-key=adopted] button").click();
        assertEquals("ascending", browser.find("th[data-key=adopted]").getAttribute("aria-sort"));
        assertSortedByAdopted(visibleRows(), false);
        browser.find("th[data-key=adopted] button").click();
        assertEquals("descending", browser.find("th[data-key=adopted]").getAttribute("aria-sort"));
        assertSortedByAdopted(visibleRows(), true);
        assertEquals("compare/?sort=adopted&dir=desc", browser.currentPath());
        browser.find("th[data-key=measure] button").click();
        List<String> titles = visibleRows().stream().map(r -> r.get("title").toLowerCase()).toList();
        assertEquals(titles.stream().sorted().toList(), titles);
    }

    @Test
    void restoresFiltersAndSortFromASharedUrl() {
        browser.open("compare/?state=illinois&level=state&sort=adopted&dir=desc");
        assertEquals("illinois", new Select(browser.find("#f-state")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("state", new Select(browser.find("#f-level")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("descending", browser.find("th[data-key=adopted]").getAttribute("aria-sort"));
        List<Map<String, String>> rows = visibleRows();
        assertTrue(rows.size() >= 2, "illinois state rows: " + rows);
        assertTrue(rows.stream().allMatch(r -> r.get("state").equals("illinois") && r.get("level").equals("state")));
        assertSortedByAdopted(rows, true);
    }

    @Test
    void ignoresUnknownValuesInTheUrl() {
        browser.open("compare/?state=atlantis&sort=nonsense");
        assertEquals("", new Select(browser.find("#f-state")).getFirstSelectedOption().getAttribute("value"));
        assertEquals(browser.findAll("#compare-table tbody tr").size(), visibleRows().size());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void timelineListsNewestFirstAndFiltersByStateInTheUrl() {
        browser.open("timeline/");
        @SuppressWarnings("unchecked")
        List<String> dates = (List<String>) browser.js("return Array.prototype.map.call("
                + "document.querySelectorAll('#timeline-list li time'), function (t) { return t.getAttribute('datetime'); })");
        assertTrue(dates.size() > 20, "events: " + dates.size());
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
        new Select(browser.find("#t-state")).selectByValue("oregon");
        assertEquals("timeline/?state=oregon", browser.currentPath());
        long shown = browser.findAll("#timeline-list li").stream().filter(li -> li.isDisplayed()).count();
        assertTrue(shown > 0 && shown < dates.size());
        assertTrue(browser.findAll("#timeline-list li").stream()
                .allMatch(li -> li.isDisplayed() == "oregon".equals(li.getAttribute("data-state"))));
        browser.open("timeline/?state=oregon");
        assertEquals(shown, browser.findAll("#timeline-list li").stream().filter(li -> li.isDisplayed()).count());
    }

    private static void assertSortedByAdopted(List<Map<String, String>> rows, boolean descending) {
        List<String> dates = rows.stream().map(r -> r.get("adopted")).filter(d -> !d.isEmpty()).toList();
        List<String> sorted = dates.stream().sorted(descending ? java.util.Comparator.reverseOrder()
                : java.util.Comparator.naturalOrder()).toList();
        assertEquals(sorted, dates);
        // Measures never adopted come last whichever way the column is sorted.
        List<String> all = rows.stream().map(r -> r.get("adopted")).toList();
        assertEquals(all.subList(0, dates.size()), dates, "undated rows must come last: " + all);
    }
}
