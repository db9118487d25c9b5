package org.locallimits.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The print stylesheet: every measure of the real content, in each edition, prints on one or two Letter or A4
 * sheets and still shows its summary, body, timeline, sources with their addresses, and the page's own address.
 */
class PrintBrowserTest extends OneBrowserPerClass {
    private static final Map<String, PageSize> PAPER = Map.of("Letter", PageSize.US_LETTER, "A4", PageSize.ISO_A4);
    /**
     * A page object of the PDF; {@code /Pages} (the tree's root) does not match. Chromium writes page dictionaries
     * uncompressed, so counting them needs no PDF library; a count of zero fails the test rather than passing it.
     */
    private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");
    private static final int MAX_SHEETS = 2;

    @BeforeAll
    static void fontInstalled() {
        // Page counts depend on font widths: the print stylesheet names Arial, which Liberation Sans stands in for.
        if (!java.nio.file.Files.exists(java.nio.file.Path.of(
                "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))) {
            org.junit.jupiter.api.Assertions.fail("Liberation Sans is missing; the print test measures pages set in "
                    + "it. install with: apt-get install -y fonts-liberation");
        }
    }

    @AfterEach
    void screenAgain() {
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"measures/", "es/measures/"})
    void everyMeasurePrintsOnAtMostTwoLetterOrA4Sheets(String listing) {
        List<String> tooLong = new ArrayList<>();
        for (String path : measures(listing)) {
            browser.open(path);
            for (var paper : PAPER.entrySet()) {
                Pdf pdf = browser.driver.print(new PrintOptions().setPageSize(paper.getValue()));
                int sheets = sheets(pdf);
                assertTrue(sheets >= 1, () -> "no page objects found in the PDF of " + path);
                if (sheets > MAX_SHEETS) tooLong.add(path + " on " + paper.getKey() + ": " + sheets + " sheets");
            }
        }
        assertEquals(List.of(), tooLong, "measures printing on more than " + MAX_SHEETS + " sheets");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"measures/", "es/measures/"})
    void printedMeasuresKeepTheirContentSourcesAndAddressButNotTheNavigation(String listing) {
        List<String> problems = new ArrayList<>();
        for (String path : measures(listing)) {
            browser.open(path);
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            for (String css : List.of("h1", ".lede", ".summary-box", ".body", ".exposure-box", ".sources li",
                    ".site-footer .print-only")) {
                if (browser.findAll(css).isEmpty() || !browser.find(css).isDisplayed()) {
                    problems.add(path + ": " + css + " is not printed");
                }
            }
            if (!browser.findAll(".timeline").isEmpty() && !browser.find(".timeline li").isDisplayed()) {
                problems.add(path + ": the timeline is not printed");
            }
            for (String css : List.of(".site-header nav", ".breadcrumb", ".footer-links", ".skip")) {
                if (browser.findAll(css).stream().anyMatch(e -> e.isDisplayed())) {
                    problems.add(path + ": " + css + " is printed");
                }
            }
            String url = browser.driver.getCurrentUrl();
            if (!browser.find(".site-footer .print-only").getText().contains(url)) {
                problems.add(path + ": the printed footer does not give the page's address " + url);
            }
            @SuppressWarnings("unchecked")
            List<String> unaddressed = (List<String>) browser.js("return Array.prototype.filter.call("
                    + "document.querySelectorAll('.sources cite a'), function (a) {"
                    + "  return getComputedStyle(a, '::after').content.indexOf(a.getAttribute('href')) < 0; })"
                    + ".map(function (a) { return a.getAttribute('href'); })");
            if (!unaddressed.isEmpty()) problems.add(path + ": sources printed without their address " + unaddressed);
            screenAgain();
        }
        assertEquals(List.of(), problems);
    }

    /** The site-relative paths of the measures listed on an edition's all-measures page. */
    @SuppressWarnings("unchecked")
    private static List<String> measures(String listing) {
        browser.open(listing);
        List<String> urls = (List<String>) browser.js("return Array.prototype.map.call("
                + "document.querySelectorAll('.card-title a'), function (a) { return a.href; })");
        assertTrue(urls.size() >= 10, "too few measures listed on " + listing + ": " + urls);
        return urls.stream().map(u -> u.substring(browser.site.baseUrl().length())).toList();
    }

    private static int sheets(Pdf pdf) {
        String raw = new String(Base64.getDecoder().decode(pdf.getContent()), StandardCharsets.ISO_8859_1);
        return (int) PAGE_OBJECT.matcher(raw).results().count();
    }
}
