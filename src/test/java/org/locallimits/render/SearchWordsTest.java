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

    /** The scores, written plainly: count each field's words, then add {@code weight × (1 + ln tf)} field by field. */
    private static java.util.Map<String, Integer> referenceTenths(List<String> fields, boolean stopWords) {
        int[] weights = {10, 4, 2, 3, 1};
        java.util.Map<String, Double> scores = new java.util.HashMap<>();
        for (int f = 0; f < fields.size(); f++) {
            java.util.Map<String, Integer> tf = new java.util.HashMap<>();
            for (String w : stopWords ? reference(fields.get(f)) : referenceWithoutStopWords(fields.get(f))) {
                tf.merge(w, 1, Integer::sum);
            }
            int weight = weights[f];
            tf.forEach((w, n) -> scores.merge(w, weight * (1 + Math.log(n)), Double::sum));
        }
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        scores.forEach((w, s) -> out.put(w, (int) Math.round(s * 10)));
        return out;
    }

    private static List<String> referenceWithoutStopWords(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[\\u0300-\\u036f]", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        List<String> out = new ArrayList<>();
        for (String w : SPLIT.split(plain)) {
            if (w.length() >= 2) out.add(SearchIndex.stem(w));
        }
        return out;
    }

    @Test
    void scoresAreTheWeightedSumOfEachFieldsWordCounts() {
        java.util.Random random = new java.util.Random(11);
        String[] vocabulary = {"the", "The", "city", "cities", "City’s", "don't", "ICE", "ice", "plates", "plate",
                "buses", "analysis", "emergencies", "which", "Órdenes", "máscaras", "ﬁled", "½", "a", "x", "—", ",",
                "\n", "sanctuary", "agreements", "287(g)", "§", "1373", "x".repeat(70), "Y".repeat(130) + "s",
                "county", "counties", "is", "this", "with"};
        for (int page = 0; page < 300; page++) {
            List<String> fields = new ArrayList<>();
            for (int f = 0; f < 5; f++) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(f == 4 ? (page % 10 == 0 ? 4000 : 400) : 12); n > 0; n--) {
                    // Now and then a page with thousands of distinct words, past every initial table size.
                    text.append(page % 10 == 0 ? "w" + random.nextInt(5000) : vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(4) == 0 ? ""
                            : " ");
                }
                fields.add(text.toString());
            }
            assertEquals(referenceTenths(fields, true), SearchIndex.tenths(fields, "en"), fields.toString());
            assertEquals(referenceTenths(fields, false), SearchIndex.tenths(fields, "xx"), fields.toString());
        }
    }

    /**
     * Runs of punctuation the normaliser would leave as they are skip it; this holds whatever the characters: text
     * of random characters from every block, mixed with letters, splits as the definition says.
     */
    @Test
    void anyCharacterSplitsAsTheDefinitionSays() {
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                switch (random.nextInt(4)) {
                    case 0 -> text.append((char) ('a' + random.nextInt(26)));
                    case 1 -> text.append(' ');
                    case 2 -> text.append("\u2014\u2019\u00e9\u00a7\u2026\u00a0\u0301".charAt(random.nextInt(7)));
                    default -> text.append((char) (0x80 + random.nextInt(0x10000 - 0x80)));
                }
            }
            String t = text.toString();
            assertEquals(reference(t), SearchIndex.words(t), () -> t.chars().mapToObj(Integer::toHexString).toList()
                    .toString());
        }
    }
}
