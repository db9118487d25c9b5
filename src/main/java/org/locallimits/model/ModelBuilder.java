package org.locallimits.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.locallimits.content.Body;
import org.locallimits.content.Content;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Limit;
import org.locallimits.content.Measure;
import org.locallimits.content.Page;
import org.locallimits.content.Source;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.markdown.MarkdownLimits;
import org.locallimits.markdown.MarkdownRenderer;
import org.locallimits.markdown.Parsed;

/**
 * Assembles {@link Content} into a {@link SiteModel}: parses every Markdown body (in parallel), indexes content by
 * id, reports duplicate ids, then runs {@link References} and {@link Hierarchy} checks. No I/O. Thread-safe.
 */
public final class ModelBuilder {
    /** Changed files beyond which a model is assembled again rather than updated: each is checked on its own. */
    private static final int MOST_CHANGED = 32;

    private final MarkdownRenderer markdown;
    private final Optional<ModelMemo> memo;

    public ModelBuilder(MarkdownRenderer markdown) {
        this(markdown, Optional.empty());
    }

    /**
     * @param memo what earlier builds found (the preview server): files unchanged since are not checked again,
     *             and an edit inside a few files updates the last model instead of assembling a new one
     */
    public ModelBuilder(MarkdownRenderer markdown, Optional<ModelMemo> memo) {
        this.markdown = markdown;
        this.memo = memo;
    }

    private record Job(String file, Body body) {
    }

    public SiteModel build(Content content, Problems problems) {
        if (memo.isEmpty()) return assemble(content, problems).rendering();
        String language = content.site().language();
        Optional<ModelMemo.Last> updated = memo.get().last(language).flatMap(last -> updated(last, content));
        if (updated.isPresent()) {
            memo.get().remember(language, updated);
            return updated.get().rendering();
        }
        Problems found = new Problems();
        ModelMemo.Last made = assemble(content, found);
        found.sorted().forEach(problems::add);
        memo.get().remember(language, found.sorted().isEmpty() ? Optional.of(made) : Optional.empty());
        return made.rendering();
    }

    /** The model of {@code content}, every file parsed (in parallel) and checked. */
    private ModelMemo.Last assemble(Content content, Problems problems) {
        List<Job> jobs = new java.util.ArrayList<>();
        content.jurisdictions().forEach(j -> jobs.add(new Job(j.file(), j.body())));
        content.measures().forEach(m -> jobs.add(new Job(m.file(), m.body())));
        content.limits().forEach(l -> jobs.add(new Job(l.file(), l.body())));
        content.pages().forEach(p -> jobs.add(new Job(p.file(), p.body())));
        Parsed[] parsed = new Parsed[jobs.size()];
        org.locallimits.parallel.Parallel.forEach(jobs.size(), i -> parsed[i] =
                MarkdownLimits.parse(markdown, jobs.get(i).body(), jobs.get(i).file(), problems));
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
        new References(model, problems, memo.map(m -> m.references)).check();
        // Headings, links and markers were needed for the checks only; at 100,000 pages they are millions of objects.
        Map<String, Parsed> rendering = immutable(jobs, parsed, markdown::forRendering);
        // The checked model's maps are immutable already, so they are not copied again.
        return new ModelMemo.Last(content, model, new SiteModel(content, model.jurisdictions(), model.measures(),
                model.limits(), model.pages(), model.sources(), rendering));
    }

    /**
     * The last model with the records of the files that changed since, when that is all that changed: the same
     * site settings, vocabulary and sources, the same files with the same ids, and at most {@link #MOST_CHANGED}
     * of them different. The changed files are parsed and checked against the updated model. Since the last model
     * had no problem, and a file's checks depend on the other files only through their ids, the other files still
     * have none; a changed file with a problem, or one that no longer cites a source it cited (which may leave
     * the source uncited), is left to a full assembly, which reports it.
     */
    private Optional<ModelMemo.Last> updated(ModelMemo.Last last, Content now) {
        Content then = last.content();
        if (!now.site().equals(then.site()) || !now.vocabulary().equals(then.vocabulary())
                || !now.sources().equals(then.sources())) {
            return Optional.empty();
        }
        List<Object[]> changed = new ArrayList<>();
        if (!changes(then.jurisdictions(), now.jurisdictions(), Jurisdiction::file, Jurisdiction::slug, changed)
                || !changes(then.measures(), now.measures(), Measure::file, Measure::slug, changed)
                || !changes(then.limits(), now.limits(), Limit::file, Limit::slug, changed)
                || !changes(then.pages(), now.pages(), Page::file, Page::slug, changed)
                || changed.size() > MOST_CHANGED) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        Map<String, Parsed> bodies = new HashMap<>();
        Map<String, Jurisdiction> jurisdictions = new HashMap<>();
        Map<String, Measure> measures = new HashMap<>();
        Map<String, Limit> limits = new HashMap<>();
        Map<String, Page> pages = new HashMap<>();
        for (Object[] pair : changed) {
            Job job;
            if (pair[1] instanceof Jurisdiction j) {
                jurisdictions.put(j.slug(), j);
                job = new Job(j.file(), j.body());
            } else if (pair[1] instanceof Measure m) {
                measures.put(m.slug(), m);
                job = new Job(m.file(), m.body());
            } else if (pair[1] instanceof Limit l) {
                limits.put(l.slug(), l);
                job = new Job(l.file(), l.body());
            } else {
                Page p = (Page) pair[1];
                pages.put(p.slug(), p);
                job = new Job(p.file(), p.body());
            }
            bodies.put(job.file(), MarkdownLimits.parse(markdown, job.body(), job.file(), problems));
        }
        if (!problems.sorted().isEmpty()) return Optional.empty();
        SiteModel before = last.checked();
        SiteModel checked = new SiteModel(now, Replaced.of(before.jurisdictions(), jurisdictions),
                Replaced.of(before.measures(), measures), Replaced.of(before.limits(), limits),
                Replaced.of(before.pages(), pages), before.sources(), Replaced.of(before.bodies(), bodies));
        new Hierarchy(checked, problems).check();
        for (Object[] pair : changed) {
            Set<String> cites = References.ofFile(checked, pair[1], problems);
            if (!cites.containsAll(References.ofFile(before, pair[0], new Problems()))) return Optional.empty();
        }
        if (!problems.sorted().isEmpty()) return Optional.empty();
        Map<String, Parsed> rendering = new HashMap<>();
        bodies.forEach((file, parsed) -> rendering.put(file, markdown.forRendering(file, parsed)));
        return Optional.of(new ModelMemo.Last(now, checked, new SiteModel(now, checked.jurisdictions(),
                checked.measures(), checked.limits(), checked.pages(), checked.sources(),
                Replaced.of(last.rendering().bodies(), rendering))));
    }

    /**
     * Adds the records that differ, as {old, new} pairs; false when the files themselves differ (added, removed,
     * renamed or reordered) or a record's id changed.
     */
    private static <T> boolean changes(List<T> before, List<T> after, Function<T, String> file,
                                       Function<T, String> id, List<Object[]> changed) {
        if (before.size() != after.size()) return false;
        for (int i = 0; i < after.size(); i++) {
            T old = before.get(i);
            T record = after.get(i);
            if (old == record) continue;
            if (!file.apply(old).equals(file.apply(record)) || !id.apply(old).equals(id.apply(record))) return false;
            changed.add(new Object[] {old, record});
        }
        return true;
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
