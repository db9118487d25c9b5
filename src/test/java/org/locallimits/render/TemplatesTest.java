package org.locallimits.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locallimits.diag.Problems;

class TemplatesTest {

    @Test
    void escapesValuesAndRefusesNewAndApi(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.ftlh"), "<p title=\"${v}\">${v}</p>");
        Files.writeString(dir.resolve("new.ftlh"), "${\"freemarker.template.utility.Execute\"?new()(\"id\")}");
        Files.writeString(dir.resolve("api.ftlh"), "${v?api.getClass()}");
        Templates t = new Templates(dir, "templates");
        Problems p = new Problems();
        assertEquals("<p title=\"&lt;b&gt; &quot;x&quot; &amp;\">&lt;b&gt; &quot;x&quot; &amp;</p>",
                t.render("t.ftlh", Map.of("v", "<b> \"x\" &"), "", p).orElseThrow());
        assertTrue(t.render("new.ftlh", Map.of(), "content/a.md", p).isEmpty());
        assertTrue(t.render("api.ftlh", Map.of("v", "x"), "", p).isEmpty());
        assertEquals(2, p.errorCount());
    }

    @Test
    void aStreamThatCannotBeWrittenIsNotATemplateProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("big.ftlh"), "<#list 1..5000 as i><p>${i}</p></#list>");
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        Problems p = new Problems();
        var thrown = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> new Templates(dir, "templates").renderTo("big.ftlh", Map.of(), "", p, full));
        assertEquals("No space left on device", thrown.getCause().getMessage());
        assertEquals(0, p.errorCount(), p.sorted().toString());
    }

    @Test
    void reportsSyntaxErrorsWithTheTemplatePosition(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.ftlh"), "<p>\n<#if x>\n");
        Problems p = new Problems();
        new Templates(dir, "templates").render("bad.ftlh", Map.of(), "content/a.md", p);
        String headline = p.sorted().get(0).headline();
        assertTrue(headline.startsWith("templates/bad.ftlh:2:"), headline);
        assertTrue(headline.contains("(while rendering content/a.md)"), headline);
    }

    @Test
    void cannotIncludeFilesOutsideTheTemplatesFolder(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.writeString(templates.resolve("inc.ftlh"), "<#include \"../secret.txt\">");
        Problems p = new Problems();
        assertTrue(new Templates(templates, "templates").render("inc.ftlh", Map.of(), "", p).isEmpty());
        assertTrue(p.hasErrors());
    }

    /** A record with a component, a bean-style getter and a list of records, as page models have. */
    public record Item(String name, java.util.List<Item> parts) {
        public String getShout() {
            return name.toUpperCase(java.util.Locale.ROOT);
        }
    }

    @Test
    void recordsAreHashesOfTheirComponentsAndStillAnswerForTheirOtherMembers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("r.ftlh"), "${r.name} ${r.shout} ${r.parts?size}"
                + "<#list r.parts as p> ${p.name}</#list> ${r?has_content?c} ${(r.missing)!\"none\"}"
                + " ${r?keys?join(\",\")} <#if r.parts[0].parts?has_content>x<#else>empty</#if>");
        Problems p = new Problems();
        Item r = new Item("a <b>", java.util.List.of(new Item("c", java.util.List.of()), new Item("d",
                java.util.List.of())));
        assertEquals("a &lt;b&gt; A &lt;B&gt; 2 c d true none name,parts empty",
                new Templates(dir, "templates").render("r.ftlh", Map.of("r", r), "", p).orElseThrow());
        assertEquals(0, p.errorCount());
    }
}
