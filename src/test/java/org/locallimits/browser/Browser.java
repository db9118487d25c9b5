package org.locallimits.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through Debian's chromedriver, with a fresh profile, for one test class.
 * Nothing is downloaded: a missing browser or driver fails the tests with the command that installs them.
 * Not thread-safe; close it in {@code @AfterAll}.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static String axeSource;

    /**
     * Selenium warns on every CDP call that it has no typed DevTools module for this Chromium; the tests use only
     * the raw executeCdpCommand, which needs none. Held in a field because loggers are only weakly referenced.
     */
    private static final java.util.logging.Logger DEVTOOLS_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
    }

    public final ChromeDriver driver;
    final BuiltSite site;
    private final Path profile;

    public Browser() {
        this(true);
    }

    /** A browser for pages a test serves itself; the real site is not built (and {@link #open} is unusable). */
    public static Browser withoutSite() {
        return new Browser(false);
    }

    private Browser(boolean withSite) {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                fail(p + " is missing; the browser tests need Debian's Chromium and its driver. "
                        + "install with: apt-get install -y chromium chromium-driver fonts-liberation");
            }
        }
        site = withSite ? BuiltSite.get() : null;
        try {
            profile = Files.createTempDirectory("locallimits-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900",
                "--hide-scrollbars", "--force-color-profile=srgb", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Opens a site-relative path and waits for the page and its deferred scripts. */
    void open(String path) {
        driver.get(site.url(path));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(js("return document.readyState")));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Console errors, CSP violations and failed loads logged since the last call (reading drains the log). */
    List<String> consoleErrors() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) out.add(e.getLevel() + " " + e.getMessage());
        }
        return out;
    }

    /** Every URL the page loaded: the document and each resource. */
    @SuppressWarnings("unchecked")
    List<String> requestedUrls() {
        return (List<String>) js("return [location.href].concat(performance.getEntriesByType('resource')"
                + ".map(function (e) { return e.name; }))");
    }

    /** Resources whose HTTP status was an error (Chromium reports {@code responseStatus}). */
    @SuppressWarnings("unchecked")
    List<String> failedResources() {
        return (List<String>) js("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.responseStatus >= 400; })"
                + ".map(function (e) { return e.responseStatus + ' ' + e.name; })");
    }

    /** The page's cumulative layout shift so far, read from the buffered {@code layout-shift} entries. */
    double layoutShift() {
        Object r = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var s = 0; new PerformanceObserver(function (list, obs) {"
                + "  list.getEntries().forEach(function (e) { if (!e.hadRecentInput) s += e.value; }); })"
                + ".observe({type: 'layout-shift', buffered: true});"
                + "setTimeout(function () { done(s); }, 50);");
        return ((Number) r).doubleValue();
    }

    /** Switches {@code prefers-color-scheme} for this tab; it lasts across navigations. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The axe-core WCAG 2.2 A/AA violations of the current page, one line per rule with its first targets. */
    @SuppressWarnings("unchecked")
    List<String> axeViolations() {
        if ("undefined".equals(js("return typeof window.axe"))) js(axe());
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(function (r) { done(r.violations.map(function (v) {"
                        + "  return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 4)"
                        + "    .map(function (n) { return n.target.join(' ') + ' [' + (n.failureSummary || '') + ']'; })"
                        + "    .join('; '); })); })"
                        + ".catch(function (e) { done(['axe failed: ' + e]); });", AXE_TAGS);
        return (List<String>) result;
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
                assertTrue(in != null, "axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** Writes a full-page PNG of the current page to {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            js("window.scrollTo(0, 0)");
            Number width = (Number) js("return document.documentElement.clientWidth");
            Number height = (Number) js("return Math.ceil(document.documentElement.scrollHeight)");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width.intValue(),
                            "height", height.intValue(), "scale", 1)));
            Path out = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(out.getParent());
            Files.write(out, Base64.getDecoder().decode((String) shot.get("data")));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the viewport width used by later page loads (until {@link #resetWidth()}). */
    void width(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    void resetWidth() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The path of the current page relative to the site, such as {@code measures/x/?q=1}. */
    String currentPath() {
        String url = driver.getCurrentUrl();
        assertTrue(url.startsWith(site.baseUrl()), () -> "left the site: " + url);
        return url.substring(site.baseUrl().length());
    }

    void assertAt(String path) {
        assertEquals(path, currentPath());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // The profile is under the system's temporary directory; leftovers do no harm.
            }
        }
    }
}
