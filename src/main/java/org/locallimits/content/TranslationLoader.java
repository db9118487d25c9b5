package org.locallimits.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.locallimits.diag.Problem;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.source.FrontMatter;
import org.locallimits.source.TextFile;
import org.locallimits.source.TextReader;
import org.locallimits.yaml.YList;
import org.locallimits.yaml.YMap;
import org.locallimits.yaml.YNode;
import org.locallimits.yaml.YScalar;
import org.locallimits.yaml.YamlReader;

/**
 * Reads the translations of {@code content/} ({@code <slug>.<lang>.md} beside each English file) for the site's
 * other languages, checking that each has an English source and only translatable fields; a list that is missing
 * or not as long as the source's is a note, and the edition shows that list in English. Thread-safe.
 */
public final class TranslationLoader {
    /** The translatable fields of each kind; list fields hold one text per item of the source's list. */
    static final Map<String, List<String>> TEXTS = Map.of(
            "measure", List.of("title", "summary", "adopted_by", "status_note", "rationale"),
            "limit", List.of("title", "summary"),
            "page", List.of("title", "summary"),
            "jurisdiction", List.of("name"));
    static final Map<String, List<String>> LISTS = Map.of(
            "measure", List.of("event_summaries", "official_roles", "update_summaries"),
            "limit", List.of("holdings", "update_summaries"), "page", List.of("update_summaries"),
            "jurisdiction", List.of("update_summaries"));
    private static final String FROM = "translated_from";

    private final Path contentDir;
    private final String displayPrefix;

    private final Optional<org.locallimits.yaml.YamlMemo> memo;
    private final Optional<PageMemo> pages;

    public TranslationLoader(Path contentDir, String displayPrefix) {
        this(contentDir, displayPrefix, Optional.empty(), Optional.empty());
    }

    /**
     * @param memo  the preview server's memory of unchanged files' YAML, shared with {@link ContentLoader}
     * @param pages the preview server's memory of unchanged files, shared with {@link ContentLoader}
     */
    public TranslationLoader(Path contentDir, String displayPrefix, Optional<org.locallimits.yaml.YamlMemo> memo,
                             Optional<PageMemo> pages) {
        this.memo = memo;
        this.pages = pages;
        this.contentDir = contentDir;
        this.displayPrefix = displayPrefix.isEmpty() || displayPrefix.endsWith("/") ? displayPrefix
                : displayPrefix + "/";
    }

    public List<Translation> load(Content english, Problems problems) {
        List<String> others = english.site().languages().stream()
                .filter(l -> !l.equals(english.site().language())).toList();
        List<Translation> out = new ArrayList<>();
        if (others.isEmpty() || !Files.isDirectory(contentDir)) return out;
        Map<String, Object> sources = new LinkedHashMap<>();
        english.measures().forEach(m -> sources.put(m.file(), m));
        english.limits().forEach(l -> sources.put(l.file(), l));
        english.pages().forEach(p -> sources.put(p.file(), p));
        english.jurisdictions().forEach(j -> sources.put(j.file(), j));
        // Files.find hands over the attributes the walk read, where a filter on Files.walk would read them again.
        try (Stream<Path> walk = Files.find(contentDir, Integer.MAX_VALUE, (p, attrs) -> attrs.isRegularFile())) {
            for (Path p : walk.sorted().toList()) {
                String rel = contentDir.relativize(p).toString().replace('\\', '/');
                if (!Layout.isTranslation(rel) || rel.startsWith(".")) continue;
                String name = p.getFileName().toString();
                String lang = name.substring(name.length() - 5, name.length() - 3);
                String display = displayPrefix + rel;
                if (!others.contains(lang)) {
                    problems.error(SourcePos.file(display), "`" + lang + "` is not one of the site's languages",
                            "add it to `languages` in content/site.yaml, or rename the file");
                    continue;
                }
                String sourceRel = rel.substring(0, rel.length() - 6) + ".md";
                Object source = sources.get(displayPrefix + sourceRel);
                if (source == null) {
                    problems.error(SourcePos.file(display), "there is no English page " + sourceRel
                            + " for this translation", "rename the file after its English page, or delete it");
                    continue;
                }
                (pages.isPresent() ? remembered(p, display, lang, source, problems)
                        : read(p, display, lang, source, problems)).ifPresent(out::add);
            }
        } catch (IOException e) {
            problems.error(SourcePos.file(displayPrefix), "cannot list the content folder: " + e.getMessage(),
                    "check the folder's permissions");
        }
        return out;
    }

    /**
     * {@link #read}, or the translation the memo kept when the file and its English page are as they were. A file
     * with a problem is read every time, and one saved in the last second is not kept ({@code Stamp.settled}).
     */
    private Optional<Translation> remembered(Path p, String display, String lang, Object source, Problems problems) {
        PageMemo.Stamp stamp;
        try {
            var attrs = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
            stamp = new PageMemo.Stamp(attrs.lastModifiedTime(), attrs.size());
        } catch (IOException e) {
            return read(p, display, lang, source, problems); // which reports why the file cannot be read
        }
        Optional<Translation> kept = pages.get().translation(p, stamp, source);
        if (kept.isPresent()) return kept;
        Problems local = new Problems();
        Optional<Translation> t = read(p, display, lang, source, local);
        local.sorted().forEach(problems::add);
        boolean keep = local.sorted().isEmpty() && stamp.settled();
        pages.get().translation(p, stamp, source, keep ? t : Optional.empty());
        return t;
    }

    private Optional<Translation> read(Path p, String display, String lang, Object source, Problems problems) {
        String kind = Layout.kindOf(displayPath(source)).orElse("page");
        Optional<TextFile> text = TextReader.read(p, display, problems);
        if (text.isEmpty()) return Optional.empty();
        Optional<FrontMatter.Split> doc = FrontMatter.split(text.get(), problems);
        if (doc.isEmpty()) return Optional.empty();
        Optional<YNode> yaml = memo.isPresent()
                ? memo.get().read(doc.get().yaml(), display, doc.get().yamlLine(), problems)
                : YamlReader.read(doc.get().yaml(), display, doc.get().yamlLine(), problems);
        if (yaml.isEmpty()) return Optional.empty();
        List<String> allowed = new ArrayList<>(TEXTS.get(kind));
        allowed.addAll(LISTS.get(kind));
        allowed.add(FROM);
        Optional<Fields> fields = Fields.of(yaml.get(), "the front matter of a translation", allowed, problems);
        if (fields.isEmpty()) return Optional.empty();
        Fields f = fields.get();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : TEXTS.get(kind)) f.optText(key).ifPresent(v -> texts.put(key, v));
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String key : LISTS.get(kind)) {
            Optional<YNode> node = f.node(key);
            int expected = expectedCount(source, key);
            // A note, not an error: an editor who adds an event in English must not stop the site being built
            // until it is translated. Meanwhile the page shows that list in English, marked as such.
            if (node.isEmpty()) {
                if (expected > 0) {
                    problems.add(Problem.note(SourcePos.file(display), "`" + key + "` is missing, so the " + lang
                            + " page shows the English page's " + expected + " " + (expected == 1 ? "item" : "items")
                            + " in English", "add `" + key + "` with one translated text for each item of the "
                            + "English list, in the same order"));
                }
                continue;
            }
            List<String> items = new ArrayList<>();
            if (node.get() instanceof YList l) {
                for (YNode item : l.items()) if (item instanceof YScalar s) items.add(s.value().strip());
            }
            if (items.size() != expected) {
                problems.add(Problem.note(node.get().pos(), "`" + key + "` has " + items.size() + " "
                        + (items.size() == 1 ? "item" : "items") + " but the English page has " + expected
                        + ", so the " + lang + " page shows this list in English",
                        "translate each item of the English list, in the same order"));
            }
            lists.put(key, items);
        }
        Map<String, String> from = new LinkedHashMap<>();
        f.node(FROM).ifPresent(n -> {
            if (n instanceof YMap m) {
                m.entries().forEach((k, e) -> {
                    if (e.value() instanceof YScalar s) from.put(k, s.value());
                });
            }
        });
        String slug = p.getFileName().toString();
        slug = slug.substring(0, slug.length() - 6);
        return Optional.of(new Translation(lang, kind, slug, display, displayPrefix + displayPath(source), texts, lists,
                new Body(doc.get().body(), doc.get().bodyLine()), from));
    }

    private String displayPath(Object source) {
        String file = source instanceof Measure m ? m.file() : source instanceof Limit l ? l.file()
                : source instanceof Page p ? p.file() : source instanceof Jurisdiction j ? j.file() : "";
        return file.startsWith(displayPrefix) ? file.substring(displayPrefix.length()) : file;
    }

    private static int expectedCount(Object source, String key) {
        if (source instanceof Measure m && key.equals("event_summaries")) return m.events().size();
        if (source instanceof Measure m && key.equals("official_roles")) return m.officials().size();
        if (source instanceof Limit l && key.equals("holdings")) return l.authorities().size();
        if (key.equals("update_summaries")) return updates(source).size();
        return 0;
    }

    private static List<Update> updates(Object source) {
        if (source instanceof Measure m) return m.updates();
        if (source instanceof Limit l) return l.updates();
        if (source instanceof Page p) return p.updates();
        if (source instanceof Jurisdiction j) return j.updates();
        return List.of();
    }
}
