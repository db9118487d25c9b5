package org.locallimits.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locallimits.content.Body;
import org.locallimits.content.Content;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Limit;
import org.locallimits.content.Measure;
import org.locallimits.content.Page;
import org.locallimits.content.Source;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.markdown.MarkdownRenderer;
import org.locallimits.markdown.Parsed;

/**
 * Assembles {@link Content} into a {@link SiteModel}: parses every Markdown body (in parallel), indexes content by
 * id, reports duplicate ids, then runs {@link References} and {@link Hierarchy} checks. No I/O. Thread-safe.
 */
public final class ModelBuilder {
    private final MarkdownRenderer markdown;
    private final java.util.Optional<ReferenceMemo> references;

    public ModelBuilder(MarkdownRenderer markdown) {
        this(markdown, java.util.Optional.empty());
    }

    /** @param references skip reference checks of files unchanged since an earlier build (the preview server) */
    public ModelBuilder(MarkdownRenderer markdown, java.util.Optional<ReferenceMemo> references) {
        this.markdown = markdown;
        this.references = references;
    }

    private record Job(String file, Body body) {
    }

    public SiteModel build(Content content, Problems problems) {
        List<Job> jobs = new java.util.ArrayList<>();
        content.jurisdictions().forEach(j -> jobs.add(new Job(j.file(), j.body())));
        content.measures().forEach(m -> jobs.add(new Job(m.file(), m.body())));
        content.limits().forEach(l -> jobs.add(new Job(l.file(), l.body())));
        content.pages().forEach(p -> jobs.add(new Job(p.file(), p.body())));
        Parsed[] parsed = new Parsed[jobs.size()];
        java.util.stream.IntStream.range(0, jobs.size()).parallel().forEach(i -> parsed[i] =
                org.locallimits.markdown.MarkdownLimits.parse(markdown, jobs.get(i).body(), jobs.get(i).file(), problems));
        // Made immutable once here, so that the model does not copy them again.
        Map<String, Parsed> bodies = immutable(jobs, parsed, (file, p) -> p);

        Map<String, Jurisdiction> jurisdictions = index(content.jurisdictions(), Jurisdiction::slug,
                Jurisdiction::file, "jurisdiction", problems);
        Map<String, Measure> measures = index(content.measures(), Measure::slug, Measure::file, "measure", problems);
        Map<String, Limit> limits = index(content.limits(), Limit::slug, Limit::file, "legal limit", problems);
        Map<String, Page> pages = index(content.pages(), Page::slug, Page::file, "page", problems);
        for (Page p : content.pages()) {
            if (Paths.RESERVED.contains(p.slug())) {
                problems.error(SourcePos.file(p.file()), "the page name `" + p.slug() + "` is reserved for the site's "
                        + "own pages", "rename the file; reserved names: " + String.join(", ", Paths.RESERVED));
            }
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        content.sources().forEach(s -> sources.put(s.id(), s));

        SiteModel model = new SiteModel(content, jurisdictions, measures, limits, pages, sources, bodies);
        new Hierarchy(model, problems).check();
        new References(model, problems, references).check();
        // Headings, links and markers were needed for the checks only; at 100,000 pages they are millions of objects.
        Map<String, Parsed> rendering = immutable(jobs, parsed, markdown::forRendering);
        // The checked model's maps are immutable already, so they are not copied again.
        return new SiteModel(content, model.jurisdictions(), model.measures(), model.limits(), model.pages(),
                model.sources(), rendering);
    }

    /** An immutable map of each job's file to what {@code value} makes of its parse, made without a copy. */
    private static Map<String, Parsed> immutable(List<Job> jobs, Parsed[] parsed,
                                                 java.util.function.BiFunction<String, Parsed, Parsed> value) {
        @SuppressWarnings("unchecked")
        Map.Entry<String, Parsed>[] entries = new Map.Entry[jobs.size()];
        for (int i = 0; i < entries.length; i++) {
            String file = jobs.get(i).file();
            entries[i] = Map.entry(file, value.apply(file, parsed[i]));
        }
        return Map.ofEntries(entries); // content files are distinct paths
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> slug,
                                            java.util.function.Function<T, String> file, String what,
                                            Problems problems) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T item : items) {
            T first = out.putIfAbsent(slug.apply(item), item);
            if (first != null) {
                problems.error(SourcePos.file(file.apply(item)), "another " + what + " already uses the id `"
                        + slug.apply(item) + "` (" + file.apply(first) + ")",
                        "ids come from file names and must be unique; rename one of the files");
            }
        }
        return out;
    }
}
