package org.locallimits.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locallimits.content.Content;
import org.locallimits.content.ContentLoader;
import org.locallimits.content.Event;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Measure;
import org.locallimits.content.Ref;
import org.locallimits.content.Source;
import org.locallimits.diag.Problems;
import org.locallimits.markdown.MarkdownRenderer;
import org.locallimits.model.ModelBuilder;
import org.locallimits.model.SiteModel;
import org.locallimits.testing.TestSite;

/**
 * The files under {@code /data/}, read back as a reuser would (a strict CSV reader, a JSON parser), hold exactly what
 * the content files say, validate against the schemas published beside them, and are documented on the data page.
 * The expected rows are computed here from the loaded content, independently of the code that writes the files.
 */
class OpenDataTest {
    private static TestSite real;
    private static SiteModel model;

    @BeforeAll
    static void buildTheRealSite() {
        real = TestSite.empty().withRealContentAndTemplates();
        assertTrue(real.build().ok(), () -> real.build().problems().toString());
        model = model(real.content());
    }

    private static SiteModel model(Path content) {
        Problems problems = new Problems();
        Content c = new ContentLoader(content, "content").load(false, problems);
        SiteModel m = new ModelBuilder(new MarkdownRenderer()).build(c, problems);
        assertFalse(problems.hasErrors(), problems.sorted()::toString);
        return m;
    }

    private static String read(TestSite site, String path) throws IOException {
        return Files.readString(site.out().resolve(path));
    }

    @Test
    void measuresJsonAndCsvHoldEveryMeasureExactly() throws Exception {
        List<Map<String, Object>> expected = new ArrayList<>();
        String base = model.site().baseUrl();
        for (Measure m : model.content().measures().stream().sorted(Comparator.comparing(Measure::slug)).toList()) {
            Jurisdiction j = model.jurisdictions().get(m.jurisdiction().id());
            Jurisdiction state = j;
            while (state.parent().isPresent()) state = model.jurisdictions().get(state.parent().get().id());
            LinkedHashSet<String> sources = new LinkedHashSet<>();
            m.sources().forEach(r -> sources.add(r.id()));
            m.events().forEach(e -> e.sources().forEach(r -> sources.add(r.id())));
            new MarkdownRenderer().parse(m.body(), m.file()).citations().forEach(c -> sources.add(c.sourceId()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", m.slug());
            row.put("title", m.title());
            row.put("summary", m.summary());
            row.put("jurisdiction", j.slug());
            row.put("jurisdiction_name", j.name());
            row.put("level", j.level());
            row.put("state", state.name());
            row.put("type", m.type());
            row.put("instrument", m.instrument());
            row.put("number", m.number().orElse(null));
            row.put("status", m.status());
            row.put("status_date", m.statusAsOf().toString());
            row.put("adopted", m.adopted().map(LocalDate::toString).orElse(null));
            row.put("effective", m.effective().map(LocalDate::toString).orElse(null));
            row.put("exposure", m.exposure());
            row.put("doctrines", m.doctrines().stream().map(Ref::id).toList());
            row.put("sources", List.copyOf(sources));
            row.put("source_urls", sources.stream().map(id -> model.sources().get(id).url()).toList());
            row.put("page_url", base + "measures/" + m.slug() + "/");
            row.put("last_verified", m.lastVerified().toString());
            expected.add(row);
        }
        assertEquals(20, expected.size(), "the real site's measures");

        Map<?, ?> json = (Map<?, ?>) JsonSchemaCheck.parse(read(real, "data/measures.json"));
        assertEquals("CC BY 4.0", json.get("license"));
        assertEquals(model.site().asOf().toString(), json.get("as_of"));
        assertEquals(expected, json.get("measures"));
        assertCsv(expected, read(real, "data/measures.csv"));
    }

    @Test
    void eventsCsvHoldsEveryEventOfEveryMeasureByDate() throws Exception {
        record Dated(Measure m, Event e) {
        }
        List<Map<String, Object>> expected = new ArrayList<>();
        model.content().measures().stream().flatMap(m -> m.events().stream().map(e -> new Dated(m, e)))
                .sorted(Comparator.<Dated, LocalDate>comparing(d -> d.e().date()).thenComparing(d -> d.m().slug())
                        .thenComparing(d -> d.e().summary()))
                .forEach(d -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("measure", d.m().slug());
                    row.put("date", d.e().date().toString());
                    row.put("kind", d.e().kind());
                    row.put("summary", d.e().summary());
                    List<String> ids = d.e().sources().stream().map(Ref::id).distinct().toList();
                    row.put("sources", ids);
                    row.put("source_urls", ids.stream().map(id -> model.sources().get(id).url()).toList());
                    row.put("page_url", model.site().baseUrl() + "measures/" + d.m().slug() + "/");
                    expected.add(row);
                });
        assertTrue(expected.size() > 20, "the real site has many events");
        assertCsv(expected, read(real, "data/events.csv"));
    }

    @Test
    void sourcesJsonHoldsEverySourceWithNullForWhatIsUnknown() throws Exception {
        List<Map<String, Object>> expected = new ArrayList<>();
        for (Source s : model.content().sources().stream().sorted(Comparator.comparing(Source::id)).toList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("title", s.title());
            row.put("publisher", s.publisher());
            row.put("author", s.author().orElse(null));
            row.put("date", s.date().map(LocalDate::toString).orElse(null));
            row.put("url", s.url());
            row.put("archived_url", s.archivedUrl().orElse(null));
            row.put("accessed", s.accessed().map(LocalDate::toString).orElse(null));
            row.put("kind", s.kind());
            row.put("note", s.note().orElse(null));
            expected.add(row);
        }
        Map<?, ?> json = (Map<?, ?>) JsonSchemaCheck.parse(read(real, "data/sources.json"));
        assertEquals(expected, json.get("sources"));
    }

    @Test
    void theJsonFilesValidateAgainstTheSchemasPublishedBesideThem() throws Exception {
        for (String name : List.of("measures", "sources")) {
            Object doc = JsonSchemaCheck.parse(read(real, "data/" + name + ".json"));
            Map<?, ?> schema = (Map<?, ?>) JsonSchemaCheck.parse(read(real, "data/" + name + ".schema.json"));
            assertEquals(List.of(), JsonSchemaCheck.violations(doc, schema), name);
        }
        // The check can fail: a measure with an unknown status and a missing column is refused.
        Map<String, Object> doc = new LinkedHashMap<>(castMap(JsonSchemaCheck.parse(read(real, "data/measures.json"))));
        List<Map<String, Object>> rows = new ArrayList<>(castRows(doc.get("measures")));
        Map<String, Object> first = new LinkedHashMap<>(rows.get(0));
        first.put("status", "adpoted");
        first.remove("page_url");
        rows.set(0, first);
        doc.put("measures", rows);
        Map<?, ?> schema = (Map<?, ?>) JsonSchemaCheck.parse(read(real, "data/measures.schema.json"));
        List<String> violations = JsonSchemaCheck.violations(doc, schema);
        assertTrue(violations.contains("$.measures[0]: missing page_url"), violations::toString);
        assertTrue(violations.contains("$.measures[0].status: adpoted not in enum"), violations::toString);
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunGetAnApostropheAndJsonKeepsTheText() throws Exception {
        TestSite site = TestSite.mini().patch("""
                -- replace content/measures/example-hotline.md --
                title: State hotline
                =>
                title: '=HYPERLINK("https://evil.example/", "click")'
                -- replace content/measures/example-hotline.md --
                summary: A phone line to report agents.
                =>
                summary: "@SUM(1+1), then\\na second line"
                """);
        assertTrue(site.build().ok(), () -> site.build().problems().toString());
        String csv = read(site, "data/measures.csv");
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"https://evil.example/\"\", \"\"click\"\")\""), csv);
        List<List<String>> rows = CsvReader.read(csv);
        List<String> header = rows.get(0);
        List<String> hotline = rows.stream().filter(r -> r.get(0).equals("example-hotline")).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"https://evil.example/\", \"click\")", hotline.get(header.indexOf("title")));
        assertEquals("'@SUM(1+1), then\na second line", hotline.get(header.indexOf("summary")));
        Map<?, ?> json = (Map<?, ?>) JsonSchemaCheck.parse(read(site, "data/measures.json"));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) json.get("measures")).get(0);
        assertEquals("=HYPERLINK(\"https://evil.example/\", \"click\")", first.get("title"));
    }

    @Test
    void theDataPageDocumentsEveryColumnEveryFileAndTheLicence() throws Exception {
        var page = Jsoup.parse(read(real, "data/index.html"));
        assertTrue(page.text().contains("Licence: CC BY 4.0."), page.text());
        for (String file : List.of("measures.json", "measures.csv", "events.csv", "sources.json",
                "measures.schema.json", "sources.schema.json")) {
            java.net.URI here = java.net.URI.create("https://x.test/data/");
            assertTrue(page.select("a[href]").eachAttr("href").stream()
                    .anyMatch(h -> here.resolve(h).toString().equals("https://x.test/data/" + file)),
                    "the data page links " + file);
            assertTrue(Files.isRegularFile(real.out().resolve("data/" + file)), file);
        }
        for (var pair : List.of(Map.entry("measures.csv", 0), Map.entry("events.csv", 1))) {
            List<String> header = CsvReader.read(read(real, "data/" + pair.getKey())).get(0);
            List<String> documented = page.select("section").get(pair.getValue()).select("td > code").eachText();
            assertEquals(header, documented, pair.getKey());
        }
        List<String> sourceKeys = ((List<?>) ((Map<?, ?>) JsonSchemaCheck.parse(read(real, "data/sources.json")))
                .get("sources")).stream().findFirst().map(r -> ((Map<?, ?>) r).keySet().stream()
                .map(String::valueOf).toList()).orElseThrow();
        assertEquals(sourceKeys, page.select("section").get(2).select("td > code").eachText());
    }

    /** Each CSV row equals the expected row: lists joined by spaces, null empty, formula prefixes neutralised. */
    private static void assertCsv(List<Map<String, Object>> expected, String csv) {
        List<List<String>> rows = CsvReader.read(csv);
        assertEquals(List.copyOf(expected.get(0).keySet()), rows.get(0), "the header");
        assertEquals(expected.size(), rows.size() - 1, "one row per entry");
        for (int i = 0; i < expected.size(); i++) {
            List<String> want = expected.get(i).values().stream().map(v -> v == null ? ""
                    : v instanceof List<?> l ? String.join(" ", l.stream().map(String::valueOf).toList())
                    : String.valueOf(v)).map(s -> !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s)
                    .toList();
            assertEquals(want, rows.get(i + 1), "row " + (i + 1));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castRows(Object o) {
        return (List<Map<String, Object>>) o;
    }

}
