package org.locallimits.opendata;

import java.util.List;

/**
 * The published data sets and their columns, defined once: {@link OpenData} writes the files from these, {@link
 * DataSchemas} their JSON Schemas, and the data page documents them. Immutable.
 */
public final class Datasets {
    /** One data set as the data page lists it: its files and what one row is. */
    public record Dataset(String name, String title, String row, List<String> files, List<Column> columns) {
        public Dataset {
            files = List.copyOf(files);
            columns = List.copyOf(columns);
        }
    }

    public static final List<Column> MEASURES = List.of(
            new Column("id", "id", false, "", "The measure's id; its page is /measures/<id>/."),
            new Column("title", "text", false, "", "Plain name of the measure."),
            new Column("summary", "text", false, "", "One or two plain sentences on what it does."),
            new Column("jurisdiction", "id", false, "", "Id of the state, county or city that adopted or proposed it."),
            new Column("jurisdiction_name", "text", false, "", "Name of that jurisdiction."),
            new Column("level", "id", false, "", "Level of that jurisdiction: state, county or city."),
            new Column("state", "text", false, "", "Name of the state the jurisdiction is in (or is)."),
            new Column("type", "id", false, "types", "Kind of measure (vocabulary: types)."),
            new Column("instrument", "id", false, "instruments", "Legal form (vocabulary: instruments)."),
            new Column("number", "text", true, "", "Official number or name, when it has one."),
            new Column("status", "id", false, "statuses", "Where it stands (vocabulary: statuses)."),
            new Column("status_date", "date", false, "", "The latest date the status is sourced for."),
            new Column("adopted", "date", true, "", "When it was passed or signed, if it was."),
            new Column("effective", "date", true, "", "When it took effect, if it did."),
            new Column("exposure", "id", false, "exposure", "Exposure to federal preemption (vocabulary: exposure)."),
            new Column("doctrines", "ids", false, "", "Ids of the legal limits that bear on it (pages /limits/<id>/)."),
            new Column("sources", "ids", false, "", "Ids of every source behind it (see sources.json): its own "
                    + "list, then its events' sources, then those cited in its text."),
            new Column("source_urls", "urls", false, "", "The addresses of those sources, in the same order."),
            new Column("page_url", "url", false, "", "Address of the measure's page on this site."),
            new Column("last_verified", "date", false, "", "When an editor last checked the page against its "
                    + "sources."));

    public static final List<Column> EVENTS = List.of(
            new Column("measure", "id", false, "", "Id of the measure (see measures.json)."),
            new Column("date", "date", false, "", "When it happened."),
            new Column("kind", "id", false, "event_kinds", "What happened (vocabulary: event_kinds)."),
            new Column("summary", "text", false, "", "One sentence on the event."),
            new Column("sources", "ids", false, "", "Ids of the sources for the event."),
            new Column("source_urls", "urls", false, "", "The addresses of those sources, in the same order."),
            new Column("page_url", "url", false, "", "Address of the measure's page on this site."));

    public static final List<Column> SOURCES = List.of(
            new Column("id", "id", false, "", "The source's id, as cited on the site."),
            new Column("title", "text", false, "", "Title of the document."),
            new Column("publisher", "text", false, "", "Who published it."),
            new Column("author", "text", true, "", "Author, if named."),
            new Column("date", "date", true, "", "Publication date, when known."),
            new Column("url", "url", false, "", "Address of the document."),
            new Column("archived_url", "url", true, "", "Address of an archived copy."),
            new Column("accessed", "date", true, "", "When an editor last opened it."),
            new Column("kind", "id", false, "source_kinds", "What sort of document it is (vocabulary: "
                    + "source_kinds)."),
            new Column("note", "text", true, "", "Anything a reader should know about the source."));

    public static final List<Dataset> ALL = List.of(
            new Dataset("measures", "Measures", "one measure", List.of("measures.json", "measures.csv"), MEASURES),
            new Dataset("events", "Events", "one dated event of a measure (a lawsuit, a ruling …)",
                    List.of("events.csv"), EVENTS),
            new Dataset("sources", "Sources", "one source document", List.of("sources.json"), SOURCES));

    private Datasets() {
    }
}
