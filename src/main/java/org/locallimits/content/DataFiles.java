package org.locallimits.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.yaml.YList;
import org.locallimits.yaml.YNode;

/** Reads the three YAML data files: {@code site.yaml}, {@code vocabulary.yaml} and {@code sources.yaml}. Stateless. */
final class DataFiles {
    private static final List<String> SITE_FIELDS = ContentKinds.fieldNames(ContentKinds.SITE);
    private static final List<String> TERM_FIELDS = List.of("id", "label", "description");
    private static final List<String> SOURCE_FIELDS = ContentKinds.fieldNames(ContentKinds.SOURCE);

    private DataFiles() {
    }

    static Site site(YNode root, Problems problems) {
        Optional<Fields> f = Fields.of(root, "site.yaml", SITE_FIELDS, problems);
        if (f.isEmpty()) return fallbackSite();
        Fields s = f.get();
        String baseUrl = s.url("base_url");
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
            problems.error(s.posOf("base_url"), "`base_url` must end with `/`", "write `" + baseUrl + "/`");
        }
        String language = s.text("language");
        if (!language.isEmpty() && !language.matches("[a-z]{2}(-[A-Z]{2})?")) {
            problems.error(s.posOf("language"), "`language` is not a language code: " + language,
                    "use a code such as `en`");
        }
        List<Site.NavItem> nav = new ArrayList<>();
        for (Fields item : s.list("nav", "a navigation link", ContentKinds.itemNames(ContentKinds.SITE, "nav"))) {
            String path = item.text("path");
            if (!path.isEmpty() && !path.matches("([a-z0-9-]+/)*")) {
                problems.error(item.posOf("path"), "navigation path `" + path + "` is not a site path",
                        "write a path inside the site ending in `/`, such as `measures/` (or an empty path for home)");
            }
            nav.add(new Site.NavItem(item.text("title"), path));
        }
        List<Site.Question> questions = new ArrayList<>();
        for (Fields q : s.list("questions", "a question", ContentKinds.itemNames(ContentKinds.SITE, "questions"))) {
            questions.add(new Site.Question(q.text("question"), q.text("link"), q.posOf("link")));
        }
        List<String> languages = new ArrayList<>();
        for (Ref r : s.refs("languages")) languages.add(r.id());
        if (!languages.isEmpty() && !languages.get(0).equals(language)) {
            problems.error(s.posOf("languages"), "the first of `languages` must be the default `language` ("
                    + language + ")", "list the default language first, e.g. `languages: [en, es]`");
        }
        return new Site(s.text("title"), s.text("description"), baseUrl, language, s.date("as_of"),
                s.text("license"), s.text("disclaimer"), nav, questions, languages);
    }

    static Site fallbackSite() {
        return new Site("", "", "https://example.invalid/", "en", java.time.LocalDate.EPOCH, "", "", List.of(),
                List.of(), List.of());
    }

    static Vocabulary vocabulary(YNode root, Problems problems) {
        Optional<Fields> f = Fields.of(root, "vocabulary.yaml", Vocabulary.NAMES, problems);
        Map<String, List<Term>> lists = new LinkedHashMap<>();
        if (f.isEmpty()) return new Vocabulary(lists);
        for (String name : Vocabulary.NAMES) {
            List<Term> terms = new ArrayList<>();
            if (!f.get().has(name)) {
                problems.error(f.get().pos(), "vocabulary.yaml is missing the list `" + name + "`",
                        "add `" + name + ":` with entries `- id: …`, `label: …`, `description: …`");
            }
            for (Fields t : termFields(f.get(), name, problems)) {
                Ref id = t.ref("id");
                if (!id.id().isEmpty() && terms.stream().anyMatch(x -> x.id().equals(id.id()))) {
                    problems.error(id.pos(), "`" + id.id() + "` appears twice in `" + name + "`", "remove one");
                    continue;
                }
                java.util.Map<String, Term.Text> translations = new java.util.TreeMap<>();
                for (String lang : t.keys()) {
                    if (!lang.matches("[a-z]{2}") || TERM_FIELDS.contains(lang)) continue;
                    t.map(lang, "a translation of a vocabulary entry", List.of("label", "description"))
                            .ifPresent(x -> translations.put(lang, new Term.Text(x.text("label"), x.text("description"))));
                }
                terms.add(new Term(id.id(), t.text("label"), t.text("description"), translations));
            }
            lists.put(name, terms);
        }
        return new Vocabulary(lists);
    }

    /** Vocabulary entries, which may also hold a translation under a two-letter language code ({@code es:}). */
    private static List<Fields> termFields(Fields vocabulary, String name, Problems problems) {
        List<Fields> out = new ArrayList<>();
        var node = vocabulary.node(name);
        if (node.isEmpty()) return out;
        if (!(node.get() instanceof org.locallimits.yaml.YList list)) return vocabulary.list(name, "a vocabulary entry",
                TERM_FIELDS);
        for (YNode item : list.items()) {
            List<String> allowed = new ArrayList<>(TERM_FIELDS);
            if (item instanceof org.locallimits.yaml.YMap m) {
                m.entries().keySet().stream().filter(k -> k.matches("[a-z]{2}") && !TERM_FIELDS.contains(k))
                        .forEach(allowed::add);
            }
            Fields.of(item, "a vocabulary entry", allowed, problems).ifPresent(out::add);
        }
        return out;
    }

    static List<Source> sources(YNode root, Vocabulary vocabulary, Problems problems) {
        if (!(root instanceof YList list)) {
            if (!(root instanceof org.locallimits.yaml.YMap m && m.entries().isEmpty())) {
                problems.error(root.pos(), "sources.yaml must be a list of sources", "start each source with `- id: …`");
            }
            return List.of();
        }
        Map<String, Source> byId = new LinkedHashMap<>();
        for (YNode item : list.items()) {
            Optional<Fields> f = Fields.of(item, "a source", SOURCE_FIELDS, problems);
            if (f.isEmpty()) continue;
            Fields s = f.get();
            Ref id = s.ref("id");
            Source source = new Source(id.id(), s.text("title"), s.text("publisher"), s.optText("author"),
                    s.optDate("date"), s.url("url"), s.optUrl("archived_url"), s.optDate("accessed"),
                    s.term("kind", vocabulary, "source_kinds"), s.optText("note"), id.pos());
            if (id.id().isEmpty()) continue;
            Source first = byId.putIfAbsent(id.id(), source);
            if (first != null) {
                problems.error(id.pos(), "the source id `" + id.id() + "` is already used at line "
                        + first.pos().line(), "give each source its own id, or delete the duplicate entry");
            }
        }
        return List.copyOf(byId.values());
    }

    static SourcePos posOfFile(String path) {
        return SourcePos.file(path);
    }
}
