package org.locallimits.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The preview's index carried from rebuild to rebuild, given only the pages that may have changed, writes what an
 * index of every page writes.
 */
class SearchIndexPreviewTest {
    private static final String PATH = "search/index.json";
    private static final String[] WORDS = {"sanctuary", "county", "detainer", "warrant", "hotline", "jail", "mask",
        "preemption", "state", "city", "agents", "court"};

    private static byte[] page(String title, String text, boolean main) {
        String body = "<h1>" + title + "</h1><p>" + text + "</p>";
        return ("<html><head><title>" + title + "</title></head><body>"
                + (main ? "<main>" + body + "</main>" : "<div>" + body + "</div>") + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String json(SearchIndex index) {
        return new String(index.file(PATH).bytes(), StandardCharsets.UTF_8);
    }

    private static String whole(Map<String, byte[]> site) {
        SearchIndex all = SearchIndex.preview("en", Optional.empty(), false);
        site.forEach((url, html) -> all.add(url, "measure", html));
        return json(all);
    }

    @Test
    void pagesChangedAddedAndWithoutMainGiveTheIndexOfEveryPage() {
        Random random = new Random(11);
        Map<String, byte[]> site = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) site.put("measures/m" + i + "/", page("Measure " + i, text(random), true));
        SearchIndex first = SearchIndex.preview("en", Optional.empty(), false);
        site.forEach((url, html) -> first.add(url, "measure", html));
        json(first);
        SearchIndex.Memo memo = first.memo();
        for (int round = 0; round < 60; round++) {
            Map<String, byte[]> changed = new LinkedHashMap<>();
            for (int n = random.nextInt(3); n >= 0; n--) {
                String url = "measures/m" + random.nextInt(50) + "/";
                // Now and then a page loses its main element, and so its entry.
                changed.put(url, page("Measure " + url, text(random), random.nextInt(8) != 0));
            }
            site.putAll(changed);
            SearchIndex next = SearchIndex.preview("en", Optional.of(memo), true);
            changed.forEach((url, html) -> next.add(url, "measure", html));
            assertEquals(whole(site), json(next), "round " + round);
            memo = next.memo();
        }
    }

    @Test
    void anIndexWithNoEntryChangedIsTheVeryFileItWas() {
        SearchIndex first = SearchIndex.preview("en", Optional.empty(), false);
        byte[] html = page("Hotline", "a county hotline for residents", true);
        first.add("measures/a/", "measure", html);
        OutputFile before = first.file(PATH);
        SearchIndex same = SearchIndex.preview("en", Optional.of(first.memo()), true);
        same.add("measures/a/", "measure", html.clone());
        assertSame(before, same.file(PATH));
        SearchIndex other = SearchIndex.preview("en", Optional.of(same.memo()), true);
        other.add("measures/a/", "measure", page("Hotline", "a city hotline", true));
        assertNotSame(before, other.file(PATH));
    }

    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 12; i++) out.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        return out.toString();
    }
}
