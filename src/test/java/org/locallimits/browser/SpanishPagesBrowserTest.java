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
import org.openqa.selenium.support.ui.Select;

/** The Spanish edition: every kind of page passes axe, the scripts speak Spanish, the switcher keeps the page. */
class SpanishPagesBrowserTest extends OneBrowserPerClass {
    @AfterEach
    void lightAgain() {
        browser.colorScheme("light");
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("inicio", "es/"),
                Arguments.of("medida", "es/measures/portland-mask-tear-gas-proposal/"),
                Arguments.of("estado", "es/jurisdictions/illinois/"),
                Arguments.of("ciudad", "es/jurisdictions/chicago/"),
                Arguments.of("límite", "es/limits/anti-commandeering/"),
                Arguments.of("guía", "es/guide/"),
                Arguments.of("todas las medidas", "es/measures/"),
                Arguments.of("tipo", "es/types/officer-identification/"),
                Arguments.of("situación", "es/status/in-effect/"),
                Arguments.of("límites", "es/limits/"),
                Arguments.of("lugares", "es/jurisdictions/"),
                Arguments.of("fuentes", "es/sources/"),
                Arguments.of("comparar", "es/compare/?state=illinois&sort=adopted&dir=desc"),
                Arguments.of("cronología", "es/timeline/?state=oregon"),
                Arguments.of("buscar", "es/search/?q=tribunal"),
                Arguments.of("novedades", "es/updates/"),
                Arguments.of("datos", "es/data/"),
                Arguments.of("no encontrada", "es/404.html"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoAxeViolationsOrConsoleErrorsInLightAndDarkMode(String kind, String path) {
        browser.consoleErrors();
        browser.open(path);
        if (path.contains("search/")) browser.waiting().until(d -> !browser.findAll("#search-results li").isEmpty());
        assertEquals("es", browser.js("return document.documentElement.lang"));
        assertEquals(List.of(), browser.consoleErrors(), "console errors on " + path);
        assertEquals(List.of(), browser.axeViolations(), "axe, light mode, " + path);
        browser.colorScheme("dark");
        assertEquals(List.of(), browser.axeViolations(), "axe, dark mode, " + path);
    }

    @Test
    void theLanguageSwitcherLandsOnTheSamePageInEachDirection() {
        browser.open("es/measures/illinois-trust-act/");
        assertEquals("English", browser.find("header nav.languages a").getText());
        browser.find("header nav.languages a[hreflang=en]").click();
        browser.waiting().until(d -> browser.currentPath().equals("measures/illinois-trust-act/"));
        assertEquals("en", browser.js("return document.documentElement.lang"));
        assertEquals("Español", browser.find("header nav.languages a").getText());
        browser.find("header nav.languages a[hreflang=es]").click();
        browser.waiting().until(d -> browser.currentPath().equals("es/measures/illinois-trust-act/"));
        assertEquals("es", browser.js("return document.documentElement.lang"));
    }

    @Test
    void searchFindsSpanishPagesAndLabelsThemInSpanish() {
        browser.open("es/search/?q=tribunal");
        browser.waiting().until(d -> !browser.findAll("#search-results li").isEmpty());
        String status = browser.find("#search-status").getText();
        assertTrue(status.matches("\\d+\\+? resultados? para «tribunal»\\."), status);
        String meta = browser.find("#search-results .result-meta").getText();
        assertTrue(meta.matches("(Medida|Lugar|Límite legal|Guía)( · .*)?"), meta);
        String href = browser.find("#search-results .result-title a").getAttribute("href");
        assertTrue(href.startsWith(browser.site.url("es/")), "results stay in the Spanish edition: " + href);

        browser.find("#q").clear();
        browser.find("#q").sendKeys("zzzqqq");
        browser.waiting().until(d -> browser.find("#search-status").getText().contains("zzzqqq"));
        assertEquals("No hay resultados para «zzzqqq». Pruebe con una palabra más corta o distinta.",
                browser.find("#search-status").getText());
    }

    @Test
    void compareAndTimelineCountsAreInSpanish() {
        browser.open("es/compare/");
        int all = browser.findAll("#compare-table tbody tr").size();
        assertEquals(all + " medidas.", browser.find("#compare-count").getText());
        new Select(browser.find("#f-level")).selectByValue("city");
        long cities = browser.findAll("#compare-table tbody tr").stream().filter(r -> r.isDisplayed()).count();
        assertEquals("Se muestran " + cities + " de " + all + " medidas.", browser.find("#compare-count").getText());
        assertEquals("Ciudad", new Select(browser.find("#f-level")).getFirstSelectedOption().getText());

        browser.open("es/timeline/");
        int events = browser.findAll("#timeline-list li").size();
        assertEquals(events + " acontecimientos.", browser.find("#timeline-count").getText());
        new Select(browser.find("#t-state")).selectByValue("oregon");
        long shown = browser.findAll("#timeline-list li").stream().filter(li -> li.isDisplayed()).count();
        assertEquals("Se muestran " + shown + " de " + events + " acontecimientos, en Oregón.",
                browser.find("#timeline-count").getText());
    }
}
