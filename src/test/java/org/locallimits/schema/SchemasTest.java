package org.locallimits.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.locallimits.content.ContentKinds;
import org.locallimits.content.ContentLoader;
import org.locallimits.content.FieldSpec;
import org.locallimits.content.Vocabulary;
import org.locallimits.diag.Problem;
import org.locallimits.diag.Problems;
import org.locallimits.testing.TestSite;

/**
 * The schemas in {@code content/.schemas/} and the field reference in {@code content/README.md} are generated from
 * the same definition validation uses; these tests keep the committed copies in step (regenerate with
 * {@code -Dgolden.update=true}) and check that validation really requires what the definition says.
 */
class SchemasTest {
    private static final Path CONTENT = Path.of("content");

    private static Vocabulary realVocabulary() {
        return new ContentLoader(CONTENT, "content").load(false, new Problems()).vocabulary();
    }

    @Test
    void committedSchemasMatchTheDefinition() throws Exception {
        Map<String, String> generated = JsonSchemas.all(realVocabulary());
        Path dir = CONTENT.resolve(".schemas");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(dir);
            for (var e : generated.entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue() + "\n");
        }
        for (var e : generated.entrySet()) {
            assertEquals(e.getValue() + "\n", Files.readString(dir.resolve(e.getKey())), e.getKey());
        }
    }

    @Test
    void theGuidesFieldReferenceMatchesTheDefinition() throws Exception {
        Path guide = CONTENT.resolve("README.md");
        String text = Files.readString(guide);
        int start = text.indexOf(FieldReference.START);
        int end = text.indexOf(FieldReference.END) + FieldReference.END.length();
        String generated = FieldReference.markdown(realVocabulary());
        if (Boolean.getBoolean("golden.update")) {
            text = text.substring(0, start) + generated + text.substring(end);
            Files.writeString(guide, text);
            end = start + generated.length();
        }
        assertEquals(generated, text.substring(start, end));
    }

    @Test
    void validationRequiresExactlyTheRequiredFieldsOfTheDefinition() {
        TestSite site = TestSite.mini().patch("""
                -- content/measures/empty.md --
                ---
                draft: false
                ---
                ## What it does
                ## What it does not and cannot do
                ## Federal preemption
                -- content/limits/empty.md --
                ---
                {}
                ---
                -- content/pages/empty.md --
                ---
                {}
                ---
                """);
        List<Problem> problems = site.check().problems();
        assertMissing(problems, "content/measures/empty.md", ContentKinds.MEASURE);
        assertMissing(problems, "content/limits/empty.md", ContentKinds.LIMIT);
        assertMissing(problems, "content/pages/empty.md", ContentKinds.PAGE);
    }

    private static void assertMissing(List<Problem> problems, String file, List<FieldSpec> kind) {
        TreeSet<String> missing = new TreeSet<>();
        for (Problem p : problems) {
            if (p.pos().file().equals(file) && p.message().contains("missing the required field `")) {
                String m = p.message();
                missing.add(m.substring(m.indexOf('`') + 1, m.lastIndexOf('`')));
            }
        }
        TreeSet<String> required = new TreeSet<>();
        kind.stream().filter(FieldSpec::required).forEach(f -> required.add(f.name()));
        assertEquals(required, missing, file);
        assertTrue(!required.isEmpty());
    }
}
