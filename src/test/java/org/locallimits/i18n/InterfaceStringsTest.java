package org.locallimits.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.locallimits.content.Content;
import org.locallimits.content.ContentLoader;
import org.locallimits.content.Site;
import org.locallimits.content.Term;
import org.locallimits.content.Vocabulary;
import org.locallimits.diag.Problems;
import org.locallimits.opendata.Column;
import org.locallimits.opendata.Datasets;
import org.locallimits.render.Messages;

/** The interface string files and the vocabulary's Spanish labels, against what they translate. */
class InterfaceStringsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w+\\}");

    private static Messages messages() {
        Problems problems = new Problems();
        Messages m = Messages.load(Path.of("templates"), "templates/", List.of("en", "es"), problems);
        assertTrue(problems.sorted().isEmpty(), () -> problems.sorted().toString());
        return m;
    }

    private static Content content() {
        Problems problems = new Problems();
        Content c = new ContentLoader(Path.of("content"), "content/").load(false, problems);
        assertFalse(problems.hasErrors(), () -> problems.sorted().toString());
        return c;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    @Test
    void everyTranslationKeepsThePlaceholdersOfItsEnglishString() {
        Map<String, String> en = messages().of("en");
        Map<String, String> es = messages().of("es");
        assertEquals(en.keySet(), es.keySet());
        List<String> wrong = new ArrayList<>();
        en.forEach((key, text) -> {
            if (!placeholders(text).equals(placeholders(es.get(key)))) wrong.add(key + ": " + es.get(key));
        });
        assertEquals(List.of(), wrong);
    }

    /** site.yaml stays the place editors change the English texts; en.yaml repeats them for the templates. */
    @Test
    void englishStringsRepeatTheTextsOfSiteYaml() {
        Map<String, String> en = messages().of("en");
        Map<String, String> es = messages().of("es");
        Site site = content().site();
        assertEquals(site.description(), en.get("site.description"));
        assertEquals(site.disclaimer(), en.get("site.disclaimer"));
        for (Site.NavItem item : site.nav()) {
            String key = "nav." + item.path().replaceAll("/$", "");
            assertEquals(item.title(), en.get(key), key);
            assertTrue(es.containsKey(key), key);
        }
        for (int i = 0; i < site.questions().size(); i++) {
            assertEquals(site.questions().get(i).text(), en.get("question." + (i + 1)));
        }
        assertFalse(en.containsKey("question." + (site.questions().size() + 1)), "no question beyond site.yaml's");
    }

    @Test
    void englishDataStringsRepeatTheColumnDefinitions() {
        Map<String, String> en = messages().of("en");
        for (Datasets.Dataset d : Datasets.ALL) {
            assertEquals(d.title(), en.get("data.set." + d.name() + ".title"));
            assertEquals(d.row(), en.get("data.set." + d.name() + ".row"));
            for (Column c : d.columns()) {
                assertEquals(c.description(), en.get("data.col." + d.name() + "." + c.name()), c.name());
                assertTrue(en.containsKey("data.type." + c.kind()), c.kind());
            }
        }
    }

    @Test
    void everyVocabularyTermHasASpanishLabelAndDescription() {
        Vocabulary vocabulary = content().vocabulary();
        List<String> missing = new ArrayList<>();
        for (String list : Vocabulary.NAMES) {
            for (Term t : vocabulary.list(list)) {
                Term.Text es = t.translations().get("es");
                if (es == null || es.label().isBlank() || es.description().isBlank()
                        || es.label().equals(t.label())) {
                    missing.add(list + "/" + t.id());
                }
            }
        }
        assertEquals(List.of(), missing);
        // Statuses agree with "medida" (feminine), and the glossary's terms are used.
        assertEquals("Aprobada", vocabulary.in("es").label("statuses", "adopted"));
        assertEquals("Bloqueada por un tribunal", vocabulary.in("es").label("statuses", "enjoined"));
        assertEquals("Política santuario", vocabulary.in("es").label("types", "sanctuary-policy"));
    }
}
