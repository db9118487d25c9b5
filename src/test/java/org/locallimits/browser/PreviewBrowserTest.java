package org.locallimits.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locallimits.serve.Preview;
import org.locallimits.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor's loop in a real browser: an edit reloads the open page; a typo shows its file, line and hint over
 * the page; the fix removes the overlay and the page comes back.
 */
class PreviewBrowserTest {
    private static Browser browser;
    private static Preview preview;
    private static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        browser = new Browser();
        site = TestSite.copyOf("mini").withRealTemplates();
        preview = Preview.start(site.root(), site.content(), site.templates(), "127.0.0.1", 0, false,
                new PrintWriter(new StringWriter(), true));
    }

    @AfterAll
    static void stop() throws Exception {
        if (preview != null) preview.close();
        if (browser != null) browser.close();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(10));
    }

    @Test
    void anEditReloadsTheOpenPageAndATypoShowsWhereToFixIt() {
        browser.driver.get("http://127.0.0.1:" + preview.port() + "/measures/example-hotline/");
        waiting().until(d -> browser.js("return document.readyState").equals("complete"));
        browser.js("window.__marker = 1");

        site.patch("-- replace content/measures/example-hotline.md --\nTakes reports\n=>\nTakes urgent reports\n");
        waiting().until(d -> browser.js("return window.__marker") == null
                && browser.driver.getPageSource().contains("Takes urgent reports"));

        site.patch("-- replace content/measures/example-hotline.md --\nstatus: proposed\n=>\nstatus: adpoted\n");
        waiting().until(d -> !d.findElements(By.cssSelector(".explainer-preview-overlay")).isEmpty());
        String overlay = browser.driver.findElement(By.cssSelector(".explainer-preview-overlay")).getText();
        assertTrue(overlay.contains("content/measures/example-hotline.md:8:9"), overlay);
        assertTrue(overlay.contains("unknown status `adpoted`"), overlay);
        assertTrue(overlay.contains("did you mean `adopted`?"), overlay);
        assertTrue(browser.driver.getPageSource().contains("Takes urgent reports"), "the last good page stays");

        browser.js("window.__marker = 2");
        site.patch("-- replace content/measures/example-hotline.md --\nstatus: adpoted\n=>\nstatus: adopted\n");
        waiting().until(d -> browser.js("return window.__marker") == null
                && browser.js("return document.readyState").equals("complete"));
        waiting().until(d -> d.findElements(By.cssSelector(".explainer-preview-overlay")).isEmpty());
        assertEquals(0, browser.driver.findElements(By.cssSelector(".explainer-preview-overlay")).size());
    }
}
