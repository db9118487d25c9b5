package org.locallimits.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.locallimits.browser.Browser;
import org.locallimits.browser.StaticServer;
import org.locallimits.testing.TestSite;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Loads generated pages in one headless Chromium and proves that no injected script ran. Payloads in the corpus
 * set {@code window.__xss} or open a dialog; before any page script runs, {@code alert}, {@code confirm},
 * {@code prompt} and {@code print} are replaced by functions that record the call in {@code window.__dialog}.
 * The pages are served from a copy with the Content-Security-Policy {@code <meta>} removed, so that the test
 * measures escaping and sanitising, not the policy that would block most injected scripts anyway.
 * Not thread-safe; one instance per test class.
 */
final class XssProbe implements AutoCloseable {
    private static final Pattern CSP = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>");
    private static final String HOOK = "(function () {"
            + "  function record(name) { return function () {"
            + "    try { window.top.__dialog = (window.top.__dialog || '') + name + ' '; } catch (e) {}"
            + "    window.__dialog = (window.__dialog || '') + name + ' '; }; }"
            + "  ['alert', 'confirm', 'prompt', 'print'].forEach(function (n) { window[n] = record(n); });"
            + "})();";
    /** Everything in the DOM that could run script or load a foreign document, one line per finding. */
    private static final String DOM_CHECK = "var bad = [];"
            + "document.querySelectorAll('*').forEach(function (el) {"
            + "  Array.prototype.forEach.call(el.attributes, function (a) {"
            + "    var n = a.name.toLowerCase(), v = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();"
            + "    if (n.indexOf('on') === 0) bad.push(el.tagName + ' has ' + n);"
            + "    if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background']"
            + "        .indexOf(n) >= 0 && /^(javascript|vbscript|data):/.test(v)) bad.push(el.tagName + ' ' + n + '=' + v);"
            + "    if (n === 'srcdoc') bad.push(el.tagName + ' has srcdoc');"
            + "  });"
            + "});"
            + "document.querySelectorAll('iframe, frame, frameset, object, embed, applet, base, portal,"
            + "    meta[http-equiv=refresh], link[rel=import]').forEach(function (el) { bad.push(el.outerHTML); });"
            + "document.querySelectorAll('script').forEach(function (s) {"
            + "  if (s.type === 'application/ld+json') {"
            + "    try { JSON.parse(s.textContent); } catch (e) { bad.push('JSON-LD does not parse: ' + e); }"
            + "  } else if (!s.src || s.src.indexOf(location.origin + '/assets/') !== 0) {"
            + "    bad.push('script: ' + s.outerHTML.substring(0, 200));"
            + "  }"
            + "});"
            + "return bad;";

    private final Browser browser;
    private final Path served;
    private final StaticServer server;

    XssProbe() throws IOException {
        browser = Browser.withoutSite();
        served = Files.createTempDirectory("hostile-served-");
        server = new StaticServer(served);
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
    }

    /**
     * Serves {@code site} and opens each of {@code pages} (paths of HTML files relative to the site) and, when the
     * site has a search index, the search page with a query that finds the payloads; fails on any sign of an
     * injected script, and on any JSON file (search index, data, schemas) that does not parse.
     */
    void check(Path site, List<String> pages) throws IOException {
        TestSite.deleteTree(served);
        TestSite.copyTree(site, served);
        try (var walk = Files.walk(served)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(p, StandardCharsets.UTF_8);
                Files.writeString(p, CSP.matcher(html).replaceAll(""), StandardCharsets.UTF_8);
            }
        }
        for (String page : pages) open(page.replaceAll("index\\.html$", ""));
        try (var walk = Files.walk(served)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".json")).toList()) {
                String path = served.relativize(p).toString();
                Object parsed = browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "fetch('/' + arguments[0]).then(function (r) { return r.text(); })"
                        + ".then(function (t) { JSON.parse(t); done('ok'); })"
                        + ".catch(function (e) { done(String(e)); });", path);
                assertEquals("ok", parsed, path + " is valid JSON");
            }
        }
        if (Files.exists(served.resolve("search/index.json"))) open("search/?q=xss");
    }

    private void open(String path) {
        browser.driver.get(server.baseUrl() + path);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(browser.js("return document.readyState")));
        // Let error handlers of broken images, toggles and focus events run before looking.
        browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(function () { setTimeout(done, 50); });");
        try {
            String text = browser.driver.switchTo().alert().getText();
            fail(path + ": a dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // no native dialog: good
        }
        assertEquals("undefined", String.valueOf(browser.js("return typeof window.__xss")),
                path + ": an injected script set window.__xss = " + browser.js("return String(window.__xss)"));
        assertEquals("undefined", String.valueOf(browser.js("return typeof window.__dialog")),
                path + ": an injected script opened a dialog: " + browser.js("return String(window.__dialog)"));
        assertEquals(List.of(), browser.js(DOM_CHECK), path + ": script-capable markup in the page");
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
            browser.close();
        } finally {
            TestSite.deleteTree(served);
        }
    }
}
