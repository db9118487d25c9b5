package org.locallimits.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.locallimits.testing.TestSite;

/** The same inputs give byte-identical output, whatever the time zone, locale or run. */
class DeterminismTest {

    @Test
    void twoBuildsInDifferentTimeZonesAndLocalesAreByteIdentical() {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Map<String, byte[]> first = buildRealSite();
            TimeZone.setDefault(TimeZone.getTimeZone("America/Adak"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            Map<String, byte[]> second = buildRealSite();
            assertEquals(first.keySet(), second.keySet());
            assertTrue(first.size() > 50, "the real site has many files");
            first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    private static Map<String, byte[]> buildRealSite() {
        TestSite site = TestSite.empty().withRealContentAndTemplates();
        assertTrue(site.build().ok(), () -> site.check().problems().toString());
        Map<String, byte[]> tree = TestSite.tree(site.out());
        tree.remove(Path.of(".explainer-output").toString());
        return tree;
    }
}
