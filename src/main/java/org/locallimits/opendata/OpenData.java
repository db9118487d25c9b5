package org.locallimits.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.locallimits.content.Event;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Measure;
import org.locallimits.content.Ref;
import org.locallimits.content.Source;
import org.locallimits.model.Paths;
import org.locallimits.model.SiteModel;
import org.locallimits.render.Json;
import org.locallimits.render.OutputFile;

/**
 * The site's open data under {@code /data/}: measures (JSON and CSV), events (CSV) and sources (JSON), with JSON
 * Schemas for the JSON files. Every file is built from the model and the column definitions in {@link Datasets},
 * which also document them on the data page. Output is sorted and free of run-dependent values. Stateless.
 */
public final class OpenData {
    /** The folder the files are published in, relative to the site root. */
    public static final String FOLDER = "data/";

    private OpenData() {
    }

    /** The path of every data file {@link #writings} writes, relative to the site root. */
    public static List<String> paths() {
        return List.of(FOLDER + "measures.json", FOLDER + "measures.schema.json", FOLDER + "measures.csv",
                FOLDER + "events.csv", FOLDER + "sources.json", FOLDER + "sources.schema.json");
    }

    /**
     * Every data file as what writes it (UTF-8), by path: each file's rows are made when it is written and
     * written as they are turned into text, so that the files of a very large site are never held whole.
     */
    public static Map<String, OutputFile.Writing> writings(SiteModel model) {
        Map<String, OutputFile.Writing> out = new LinkedHashMap<>();
        out.put(FOLDER + "measures.json", text(w -> Json.write(document(model, "measures", measures(model)), w),
                "\n"));
        out.put(FOLDER + "measures.schema.json", text(w -> w.write(Json.write(DataSchemas.document(model, "measures",
                Datasets.MEASURES))), "\n"));
        out.put(FOLDER + "measures.csv", text(w -> csv(Datasets.MEASURES, measures(model), w), ""));
        out.put(FOLDER + "events.csv", text(w -> csv(Datasets.EVENTS, events(model), w), ""));
        out.put(FOLDER + "sources.json", text(w -> Json.write(document(model, "sources", sources(model)), w), "\n"));
        out.put(FOLDER + "sources.schema.json", text(w -> w.write(Json.write(DataSchemas.document(model, "sources",
                Datasets.SOURCES))), "\n"));
        return out;
    }

    private interface Text {
        void writeTo(java.io.Writer w) throws java.io.IOException;
    }

    private static OutputFile.Writing text(Text text, String end) {
        return o -> {
            java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(o,
                    java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            text.writeTo(w);
            w.write(end);
            w.flush();
        };
    }

    /** The wrapper every JSON file has: what it is, its licence, the site's as-of date, and the rows. */
    private static Map<String, Object> document(SiteModel model, String name, List<Map<String, Object>> rows) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", model.site().title() + ": " + name);
        doc.put("license", model.site().license());
        doc.put("as_of", model.site().asOf().toString());
        doc.put("url", model.site().baseUrl() + FOLDER);
        doc.put(name, rows);
        return doc;
    }

    static List<Map<String, Object>> measures(SiteModel model) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Measure m : model.content().measures().stream().sorted(Comparator.comparing(Measure::slug)).toList()) {
            Jurisdiction j = model.jurisdictionOf(m);
            List<String> sourceIds = sourceIds(model, m);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", m.slug());
            row.put("title", m.title());
            row.put("summary", m.summary());
            row.put("jurisdiction", j.slug());
            row.put("jurisdiction_name", j.name());
            row.put("level", j.level());
            row.put("state", model.state(j).name());
            row.put("type", m.type());
            row.put("instrument", m.instrument());
            row.put("number", m.number().orElse(null));
            row.put("status", m.status());
            row.put("status_date", m.statusAsOf().toString());
            row.put("adopted", date(m.adopted()));
            row.put("effective", date(m.effective()));
            row.put("exposure", m.exposure());
            row.put("doctrines", m.doctrines().stream().map(Ref::id).toList());
            row.put("sources", sourceIds);
            row.put("source_urls", urls(model, sourceIds));
            row.put("page_url", model.site().baseUrl() + Paths.measure(m.slug()));
            row.put("last_verified", m.lastVerified().toString());
            rows.add(row);
        }
        return check(Datasets.MEASURES, rows);
    }

    static List<Map<String, Object>> events(SiteModel model) {
        record Dated(Measure measure, Event event) {
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        model.content().measures().stream().flatMap(m -> m.events().stream().map(e -> new Dated(m, e)))
                .sorted(Comparator.<Dated, LocalDate>comparing(d -> d.event().date())
                        .thenComparing(d -> d.measure().slug()).thenComparing(d -> d.event().summary()))
                .forEach(d -> {
                    List<String> ids = d.event().sources().stream().map(Ref::id).distinct().toList();
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("measure", d.measure().slug());
                    row.put("date", d.event().date().toString());
                    row.put("kind", d.event().kind());
                    row.put("summary", d.event().summary());
                    row.put("sources", ids);
                    row.put("source_urls", urls(model, ids));
                    row.put("page_url", model.site().baseUrl() + Paths.measure(d.measure().slug()));
                    rows.add(row);
                });
        return check(Datasets.EVENTS, rows);
    }

    static List<Map<String, Object>> sources(SiteModel model) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Source s : model.content().sources().stream().sorted(Comparator.comparing(Source::id)).toList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("title", s.title());
            row.put("publisher", s.publisher());
            row.put("author", s.author().orElse(null));
            row.put("date", date(s.date()));
            row.put("url", s.url());
            row.put("archived_url", s.archivedUrl().orElse(null));
            row.put("accessed", date(s.accessed()));
            row.put("kind", s.kind());
            row.put("note", s.note().orElse(null));
            rows.add(row);
        }
        return check(Datasets.SOURCES, rows);
    }

    /**
     * Every source behind a measure, each once: its own {@code sources} list, then its events' sources, then the
     * sources cited in its text.
     */
    static List<String> sourceIds(SiteModel model, Measure m) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        m.sources().forEach(r -> ids.add(r.id()));
        m.events().forEach(e -> e.sources().forEach(r -> ids.add(r.id())));
        Optional.ofNullable(model.body(m.file()))
                .ifPresent(b -> ids.addAll(b.cited()));
        return List.copyOf(ids);
    }

    private static List<String> urls(SiteModel model, List<String> ids) {
        return ids.stream().map(model.sources()::get).filter(java.util.Objects::nonNull).map(Source::url).toList();
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse(null);
    }

    private static void csv(List<Column> columns, List<Map<String, Object>> rows, java.io.Writer out)
            throws java.io.IOException {
        Function<Object, String> cell = v -> v == null ? "" : v instanceof List<?> l
                ? String.join(" ", l.stream().map(String::valueOf).toList()) : String.valueOf(v);
        Csv.write(columns.stream().map(Column::name).toList(), rows.stream()
                .map(r -> columns.stream().map(c -> cell.apply(r.get(c.name()))).toList()).toList(), out);
    }

    /** Keeps the rows and their column definitions in step: a missing or undocumented key is a generator bug. */
    private static List<Map<String, Object>> check(List<Column> columns, List<Map<String, Object>> rows) {
        List<String> names = columns.stream().map(Column::name).toList();
        for (Map<String, Object> row : rows) {
            if (!List.copyOf(row.keySet()).equals(names)) {
                throw new IllegalStateException("data columns " + row.keySet() + " differ from " + names);
            }
        }
        return rows;
    }
}
