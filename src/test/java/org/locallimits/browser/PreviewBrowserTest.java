package org.locallimits.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.locallimits.serve.Preview;
import org.locallimits.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor's loop in a real browser: an edit reloads the open page; a typo shows its file, line and hint over
 * the page; the fix removes the overlay and the page comes back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewBrowserTest extends OneBrowserPerClass {
    private static Preview preview;
    private static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.copyOf("mini").withRealTemplates();
        preview = Preview.start(site.root(), site.content(), site.templates(), "127.0.0.1", 0, false,
                new PrintWriter(new StringWriter(), true));
    }

    @AfterAll
    static void stop() throws Exception {
        if (preview != null) preview.close();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(10));
    }

    @Test
    @Order(1)
    void anEditReloadsTheOpenPageAndATypoShowsWhereToFixIt() {
        browser.driver.get("http://127.0.0.1:" + preview.port() + "/measures/example-hotline/");
        waiting().until(d -> browser.js("return document.readyState").equals("complete"));
        browser.js("window.__marker = 1");

        browser.js("window.scrollTo(0, 200)");
        Object scrolled = browser.js("return window.scrollY");

        site.patch("-- replace content/measures/example-hotline.md --\nTakes reports\n=>\nTakes urgent reports\n");
        waiting().until(d -> browser.driver.getPageSource().contains("Takes urgent reports"));
        // A page without scripts of its own gets its new body in place: no navigation, same scroll position.
        assertEquals(1L, browser.js("return window.__marker"), "refreshed in place, not reloaded");
        assertEquals(scrolled, browser.js("return window.scrollY"), "the scroll position is kept");
        assertEquals(1L, browser.js("return document.querySelectorAll('script[src=\"/__preview/client.js\"]').length"));

        site.patch("-- replace content/measures/example-hotline.md --\nstatus: proposed\n=>\nstatus: adpoted\n");
        waiting().until(d -> !d.findElements(By.cssSelector(".explainer-preview-overlay")).isEmpty());
        String overlay = browser.driver.findElement(By.cssSelector(".explainer-preview-overlay")).getText();
        assertTrue(overlay.contains("content/measures/example-hotline.md:8:9"), overlay);
        assertTrue(overlay.contains("unknown status `adpoted`"), overlay);
        assertTrue(overlay.contains("did you mean `adopted`?"), overlay);
        assertTrue(browser.driver.getPageSource().contains("Takes urgent reports"), "the last good page stays");

        site.patch("-- replace content/measures/example-hotline.md --\nstatus: adpoted\n=>\nstatus: adopted\n");
        waiting().until(d -> d.findElements(By.cssSelector(".explainer-preview-overlay")).isEmpty()
                && browser.driver.getPageSource().contains("Adopted"));
        assertEquals(0, browser.driver.findElements(By.cssSelector(".explainer-preview-overlay")).size());
    }

    @Test
    @Order(2)
    void aPageTheEditDoesNotTouchStaysAsItIsAndAPageWithScriptsReloadsWhole() {
        String base = "http://127.0.0.1:" + preview.port();
        browser.driver.get(base + "/limits/anti-commandeering/");
        waiting().until(d -> browser.js("return document.readyState").equals("complete"));
        browser.js("window.__marker = 3; window.__events = 0; new EventSource('/__preview/events')"
                + ".addEventListener('reload', function () { window.__events++; });");
        waiting().until(d -> Long.valueOf(0).equals(browser.js("return window.__events")));
        site.patch("-- replace content/measures/example-hotline.md --\nTakes urgent reports\n=>\nTakes urgent calls\n");
        waiting().until(d -> ((Long) browser.js("return window.__events")) >= 1);
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(3L, browser.js("return window.__marker"), "the page was neither reloaded nor replaced");

        browser.driver.get(base + "/compare/");
        waiting().until(d -> browser.js("return document.readyState").equals("complete"));
        browser.js("window.__marker = 4");
        site.patch("-- replace content/measures/example-hotline.md --\nstatus: adopted\n=>\nstatus: proposed\n");
        waiting().until(d -> browser.js("return window.__marker") == null
                && browser.js("return document.readyState").equals("complete"));
        assertTrue(browser.driver.getPageSource().contains("Proposed"), "the compare page shows the new status");
    }
}
