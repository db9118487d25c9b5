package org.locallimits.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.source.FrontMatter;

/**
 * Reads the front matter of the four Markdown page kinds into records. Field order in the allowed lists is the
 * order the README documents. Stateless.
 */
final class PageFiles {
    private static final List<String> UPDATE_FIELDS = ContentKinds.itemNames(ContentKinds.PAGE, "updates");
    private static final List<String> JURISDICTION_FIELDS = ContentKinds.fieldNames(ContentKinds.JURISDICTION);
    private static final List<String> MEASURE_FIELDS = ContentKinds.fieldNames(ContentKinds.MEASURE);
    private static final List<String> LIMIT_FIELDS = ContentKinds.fieldNames(ContentKinds.LIMIT);
    private static final List<String> PAGE_FIELDS = ContentKinds.fieldNames(ContentKinds.PAGE);

    private PageFiles() {
    }

    static Jurisdiction jurisdiction(Fields f, FrontMatter.Split doc, String slug, String stateFolder,
                                     Body body, Problems problems) {
        String level = f.text("level");
        if (!level.isEmpty() && !Jurisdiction.LEVELS.contains(level)) {
            problems.error(f.posOf("level"), "unknown level `" + level + "`",
                    org.locallimits.diag.Suggestions.hint(level, Jurisdiction.LEVELS, "allowed values"));
        }
        Optional<String> postal = f.optText("postal");
        postal.ifPresent(p -> {
            if (!p.matches("[A-Z]{2}")) {
                problems.error(f.posOf("postal"), "`postal` must be a two-letter state code such as `OR`, not " + p,
                        "use the U.S. Postal Service abbreviation in capitals");
            }
        });
        return new Jurisdiction(slug, doc.file().path(), f.text("name"), level, f.optRef("parent"), stateFolder,
                postal, f.optUrl("website"), f.refs("sources"), f.optDate("last_verified"), updates(f),
                body);
    }

    static Measure measure(Fields f, FrontMatter.Split doc, String slug, Vocabulary vocabulary, Body body,
                           Problems problems) {
        List<Official> officials = new ArrayList<>();
        for (Fields o : f.list("officials", "an official", ContentKinds.itemNames(ContentKinds.MEASURE, "officials"))) {
            officials.add(new Official(o.text("name"), o.text("role")));
        }
        String exposure = "";
        String rationale = "";
        Optional<Fields> pre = f.map("preemption", "the preemption block", ContentKinds.itemNames(ContentKinds.MEASURE, "preemption"));
        if (pre.isPresent()) {
            exposure = pre.get().term("exposure", vocabulary, "exposure");
            rationale = pre.get().text("rationale");
        } else if (!f.has("preemption")) {
            f.missing("preemption", "`exposure: low|medium|high|decided` and `rationale: …` indented below it");
        }
        if (!f.has("sources")) f.missing("sources", "`[id, …]` naming the documents behind the front matter");
        List<Event> events = new ArrayList<>();
        for (Fields e : f.list("events", "an event", ContentKinds.itemNames(ContentKinds.MEASURE, "events"))) {
            events.add(new Event(e.date("date"), e.term("kind", vocabulary, "event_kinds"), e.text("summary"),
                    e.refs("sources"), e.pos()));
        }
        return new Measure(slug, doc.file().path(), f.text("title"), f.text("summary"), f.ref("jurisdiction"),
                f.term("type", vocabulary, "types"), f.term("instrument", vocabulary, "instruments"),
                f.optText("number"), f.text("adopted_by"), f.term("status", vocabulary, "statuses"),
                f.date("status_as_of"), f.optText("status_note"), f.optDate("introduced"), f.optDate("adopted"),
                f.optDate("effective"), officials, f.refs("doctrines"), exposure, rationale, events,
                f.refs("sources"), f.date("last_verified"), updates(f), f.bool("draft", false), body);
    }

    static Limit limit(Fields f, FrontMatter.Split doc, String slug, Body body, Problems problems) {
        List<Authority> authorities = new ArrayList<>();
        for (Fields a : f.list("authorities", "an authority",
                ContentKinds.itemNames(ContentKinds.LIMIT, "authorities"))) {
            String kind = a.text("kind");
            if (!kind.isEmpty() && !Authority.KINDS.contains(kind)) {
                problems.error(a.posOf("kind"), "unknown authority kind `" + kind + "`",
                        org.locallimits.diag.Suggestions.hint(kind, Authority.KINDS, "allowed values"));
            }
            authorities.add(new Authority(kind, a.text("name"), a.text("citation"), a.text("holding"),
                    a.optRef("source")));
        }
        return new Limit(slug, doc.file().path(), f.text("title"), f.text("summary"), authorities,
                f.refs("sources"), f.optDate("last_verified"), updates(f), body);
    }

    static Page page(Fields f, FrontMatter.Split doc, String slug, Body body) {
        return new Page(slug, doc.file().path(), f.text("title"), f.text("summary"), f.refs("sources"),
                f.optDate("last_verified"), updates(f), body);
    }

    static List<String> fieldsOf(String kind) {
        return switch (kind) {
            case "jurisdiction" -> JURISDICTION_FIELDS;
            case "measure" -> MEASURE_FIELDS;
            case "limit" -> LIMIT_FIELDS;
            default -> PAGE_FIELDS;
        };
    }

    private static List<Update> updates(Fields f) {
        List<Update> out = new ArrayList<>();
        for (Fields u : f.list("updates", "an update", UPDATE_FIELDS)) {
            out.add(new Update(u.date("date"), u.text("summary")));
        }
        return out;
    }

    static SourcePos bodyPos(Body body, String file) {
        return SourcePos.of(file, body.firstLine(), 1);
    }
}
