package org.locallimits.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How the index splits text into words, which {@code search.js} must match. */
class SearchWordsTest {
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final java.util.Set<String> STOP = java.util.Set.of("a", "an", "and", "are", "as", "at", "be",
            "by", "for", "from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to",
            "was", "were", "which", "with");

    /** The definition, written plainly: normalise the whole text, then split. */
    private static List<String> reference(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[\\u0300-\\u036f]", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        List<String> out = new ArrayList<>();
        for (String w : SPLIT.split(plain)) {
            if (w.length() >= 2 && !STOP.contains(w)) out.add(SearchIndex.stem(w));
        }
        return out;
    }

    @Test
    void accentsCaseApostrophesAndPluralsAreFoldedAsTheDefinitionSays() {
        for (String text : List.of(
                "The city’s “sanctuary” ordinances — ICE can’t use county property.",
                "Órdenes ejecutivas: la Ciudad de Nueva York y el condado de Cook prohíben máscaras.",
                "Ａｇｅｎｔｓ ﬁled ½ of the emergencies; İstanbul ΣΊΣΥΦΟΣ naïve Œuvre Straße",
                "plates, buses, analysis, emergencies, ice, TBD", "e\u0301te\u0301 \uD835\uDC00BC déjà-vu")) {
            assertEquals(reference(text), SearchIndex.words(text), text);
        }
        assertEquals(List.of("city", "sanctuary", "ordinance", "ice", "cant", "use", "county", "property"),
                SearchIndex.words("The city’s “sanctuary” ordinances — ICE can’t use county property."));
    }
}
