package org.locallimits.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.locallimits.content.Authority;
import org.locallimits.content.Event;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Limit;
import org.locallimits.content.Measure;
import org.locallimits.content.Page;
import org.locallimits.content.Ref;
import org.locallimits.content.Source;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.diag.Suggestions;
import org.locallimits.markdown.Citation;
import org.locallimits.markdown.Heading;
import org.locallimits.markdown.LinkUse;
import org.locallimits.markdown.Parsed;

/**
 * Checks every reference in the content: jurisdictions, doctrines and sources named in front matter, citations
 * and cross-reference links in bodies, link schemes, the required sections of measures, and left-over markers.
 * Also warns about sources nothing cites. Reports problems; changes nothing.
 */
final class References {
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("\\.([a-z]{2})\\.md$");

    private final SiteModel model;
    private final Problems problems;
    private final Set<String> cited = new HashSet<>();
    private final java.util.Optional<ReferenceMemo> memo;

    References(SiteModel model, Problems problems) {
        this(model, problems, java.util.Optional.empty());
    }

    /** @param memo skip files checked in an earlier rebuild with the same result (the preview server) */
    References(SiteModel model, Problems problems, java.util.Optional<ReferenceMemo> memo) {
        this.model = model;
        this.problems = problems;
        this.memo = memo;
    }

    void check() {
        // What a file's checks depend on beyond the file itself: every id and the site's date and languages.
        // The model's maps are immutable, so their key sets are kept as they are rather than copied.
        memo.ifPresent(m -> m.use(List.of(model.jurisdictions().keySet(), model.measures().keySet(),
                model.limits().keySet(), model.pages().keySet(), model.sources().keySet(), model.site().asOf(),
                model.site().languages())));
        for (Jurisdiction j : model.content().jurisdictions()) file(j.file(), j);
        for (Measure m : model.content().measures()) file(m.file(), m);
        for (Limit l : model.content().limits()) file(l.file(), l);
        for (Page p : model.content().pages()) file(p.file(), p);
        for (org.locallimits.content.Site.Question q : model.site().questions()) {
            if (CrossRefs.parse(q.link()).isEmpty()) {
                problems.error(q.pos(), "the question link `" + q.link() + "` is not a cross-reference",
                        "write it as limit:<id>, measure:<id>, page:<id> or jurisdiction:<id>");
            } else {
                link(new LinkUse(q.link(), false, q.pos()));
            }
        }
        for (Source s : model.content().sources()) {
            if (!cited.contains(s.id())) {
                problems.warning(s.pos(), "the source `" + s.id() + "` is never cited",
                        "cite it with [@" + s.id() + "] where it supports a fact, or remove it from sources.yaml");
            }
        }
    }

    /** Runs one file's checks, or takes what they found last time from the memo. */
    private void file(String file, Object record) {
        if (memo.isEmpty()) {
            checks(record);
            return;
        }
        ReferenceMemo.Found found = memo.get().find(file, record, model.body(file));
        if (found == null) {
            References one = new References(model, new Problems());
            one.checks(record);
            found = new ReferenceMemo.Found(record, model.body(file), one.problems.sorted(), List.copyOf(one.cited));
            memo.get().put(file, found);
        }
        found.problems().forEach(problems::add);
        cited.addAll(found.cited());
    }

    /**
     * The checks of one content file (a jurisdiction, measure, limit or page record) in {@code model}: its problems
     * go to {@code problems}, and the ids of the sources it cites are returned.
     */
    static Set<String> ofFile(SiteModel model, Object record, Problems problems) {
        References one = new References(model, problems);
        one.checks(record);
        return one.cited;
    }

    private void checks(Object record) {
        if (record instanceof Jurisdiction j) {
            sources(j.sources());
            body(j.file());
        } else if (record instanceof Measure m) {
            measure(m);
        } else if (record instanceof Limit l) {
            sources(l.sources());
            for (Authority a : l.authorities()) a.source().ifPresent(x -> sources(List.of(x)));
            body(l.file());
        } else if (record instanceof Page p) {
            sources(p.sources());
            body(p.file());
        } else {
            throw new IllegalArgumentException("not a content file's record: " + record);
        }
    }

    private void measure(Measure m) {
        Ref j = m.jurisdiction();
        if (!j.id().isEmpty() && !model.jurisdictions().containsKey(j.id())) {
            problems.error(j.pos(), "unknown jurisdiction `" + j.id() + "`",
                    Suggestions.hint(j.id(), sorted(model.jurisdictions().keySet()), "known jurisdictions"));
        }
        for (Ref d : m.doctrines()) {
            if (!model.limits().containsKey(d.id())) {
                problems.error(d.pos(), "unknown legal limit `" + d.id() + "` in `doctrines`",
                        Suggestions.hint(d.id(), sorted(model.limits().keySet()), "known limits (content/limits/)"));
            }
        }
        sources(m.sources());
        for (Event e : m.events()) {
            sources(e.sources());
            if (e.sources().isEmpty()) {
                problems.error(e.pos(), "the event of " + e.date() + " has no source",
                        "add `sources: [source-id]` to the event");
            }
        }
        if (m.sources().isEmpty()) {
            problems.error(SourcePos.of(m.file(), 2, 1), "the front matter of a measure is missing the required "
                    + "field `sources`", "add `sources: [id, …]` naming the documents behind the front matter");
        }
        dates(m);
        sections(m);
        body(m.file());
    }

    private void dates(Measure m) {
        if (m.adopted().isPresent() && m.introduced().isPresent()
                && m.adopted().get().isBefore(m.introduced().get())) {
            problems.error(SourcePos.of(m.file(), 2, 1), "`adopted` (" + m.adopted().get()
                    + ") is before `introduced` (" + m.introduced().get() + ")", "check both dates");
        }
        if (m.statusAsOf().isAfter(model.site().asOf()) && !model.site().asOf().equals(java.time.LocalDate.EPOCH)) {
            problems.warning(SourcePos.of(m.file(), 2, 1), "`status_as_of` (" + m.statusAsOf()
                    + ") is after the site's as-of date (" + model.site().asOf() + ")",
                    "update `as_of` in content/site.yaml, or correct `status_as_of`");
        }
    }

    private void sections(Measure m) {
        List<String> found = model.body(m.file()).headings().stream().filter(h -> h.level() == 2)
                .map(h -> h.text().toLowerCase(Locale.ROOT)).toList();
        int at = -1;
        for (String required : Measure.requiredSections(languageOf(m.file()))) {
            int i = found.indexOf(required.toLowerCase(Locale.ROOT));
            if (i < 0) {
                problems.error(SourcePos.of(m.file(), m.body().firstLine(), 1), "the measure has no section `## "
                        + required + "`", "add the heading `## " + required + "` and its text; every measure has "
                        + "the sections: " + String.join(", ", Measure.requiredSections(languageOf(m.file()))));
            } else if (i < at) {
                Heading h = model.body(m.file()).headings().stream().filter(x -> x.level() == 2).toList().get(i);
                problems.error(h.pos(), "the section `## " + required + "` is out of order",
                        "the sections go in this order: " + String.join(", ", Measure.requiredSections(languageOf(m.file()))));
            } else {
                at = i;
            }
        }
    }

    /** The language a file is written in: {@code x.es.md} is Spanish, anything else the default language. */
    private String languageOf(String file) {
        java.util.regex.Matcher m = LANGUAGE.matcher(file);
        return m.find() ? m.group(1) : model.site().languages().get(0);
    }

    private void sources(List<Ref> refs) {
        for (Ref r : refs) source(r.id(), r.pos());
    }

    private void source(String id, SourcePos pos) {
        if (id.isEmpty()) return;
        cited.add(id);
        if (!model.sources().containsKey(id)) {
            problems.error(pos, "unknown source `" + id + "`",
                    Suggestions.closest(id, model.sources().keySet())
                            .map(c -> "did you mean `" + c + "`? ").orElse("")
                            + "add the source to content/sources.yaml, or correct the id");
        }
    }

    private void body(String file) {
        Parsed p = model.body(file);
        for (Citation c : p.citations()) {
            if (!isSourceId(c.sourceId())) {
                problems.error(c.pos(), "`[@" + c.sourceId() + "]` is not a valid citation",
                        "write [@source-id] or [@source-id, p. 4]; ids use lower-case letters, digits and hyphens");
                continue;
            }
            source(c.sourceId(), c.pos());
        }
        for (LinkUse l : p.links()) link(l);
        for (Parsed.Marker m : p.markers()) {
            if (!m.text().equals("[!unverified]")) {
                problems.warning(m.pos(), "the text contains the marker `" + m.text() + "`",
                        "finish or remove it before publishing; mark unsure facts with [!unverified] instead");
            }
        }
    }

    /** Whether an id is lower-case words of letters and digits joined by single hyphens. */
    static boolean isSourceId(String id) {
        if (id.isEmpty() || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') return false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' ? id.charAt(i - 1) == '-' : !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    private void link(LinkUse l) {
        String url = l.url().strip();
        Optional<CrossRefs.Target> ref = CrossRefs.parse(url);
        if (ref.isPresent()) {
            CrossRefs.Target t = ref.get();
            if (CrossRefs.path(model, t).isEmpty()) {
                problems.error(l.pos(), "the link `" + url + "` points to a " + t.kind() + " that does not exist",
                        Suggestions.hint(t.id(), CrossRefs.ids(model, t.kind()), "known " + t.kind() + " ids"));
            } else if (t.kind().equals("source")) {
                cited.add(t.id());
            }
            return;
        }
        String scheme = CrossRefs.scheme(url);
        if (l.image() && !scheme.isEmpty()) {
            problems.error(l.pos(), "images must be part of the site, not loaded from " + url,
                    "the site makes no request to other servers; download the image into templates/assets/ "
                            + "and link it there, or link to the page instead");
        } else if (!scheme.isEmpty() && !List.of("http", "https", "mailto").contains(scheme)) {
            problems.error(l.pos(), "the link `" + url + "` uses a scheme that is not allowed (`" + scheme + ":`)",
                    "links may be https://…, http://…, mailto:…, a #section, or measure:/jurisdiction:/limit:/"
                            + "page:/source: cross-references");
        }
    }

    private static List<String> sorted(Collection<String> c) {
        return c.stream().sorted().toList();
    }
}
