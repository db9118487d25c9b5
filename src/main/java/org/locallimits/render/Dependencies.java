package org.locallimits.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.locallimits.content.Authority;
import org.locallimits.content.Event;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Limit;
import org.locallimits.content.Measure;
import org.locallimits.content.Page;
import org.locallimits.content.Ref;
import org.locallimits.model.SiteModel;

/**
 * What each content page is made from, as tokens the preview server compares with what an edit changed: content
 * file paths (any change to the file), {@code front:<path>} (a change to its front matter, which is all other
 * pages show of it), {@code source:<id>} for each source cited, and {@code template:<name>}. A page is rendered again
 * when any of its tokens changed. Changes that reshape the whole site (files added or removed, site.yaml,
 * vocabulary, shared templates, assets) are handled by the caller with a full render. Stateless.
 */
public final class Dependencies {
    /** The changed token of an edit that reshapes the site (files added or removed, site.yaml, shared templates). */
    public static final String EVERYTHING = "*";
    /**
     * The token of pages made from front matter only (home, listings, indexes): every change but an edit confined
     * to one page's Markdown body affects them.
     */
    public static final String ANY_FRONT = "front:*";

    /** Whether a changed token affects a page with these tokens. */
    public static boolean affects(Set<String> tokens, Set<String> changed) {
        if (changed.contains(EVERYTHING) || tokens.contains(EVERYTHING)) return true;
        if (tokens.contains(ANY_FRONT) && changed.stream().anyMatch(Dependencies::beyondABody)) return true;
        for (String t : tokens) {
            if (changed.contains(t)) return true;
        }
        return false;
    }

    /**
     * Every page with tokens {@link #affects} says {@code changed} affects, found in an index of pages by token
     * ({@link #byToken}) instead of by testing each page: after an edit the preview asks this of the whole site.
     * A page may be named more than once. The caller handles {@link #EVERYTHING} in {@code changed}.
     */
    public static void affected(Map<String, List<String>> pagesByToken, Set<String> changed,
                                Consumer<String> page) {
        pagesByToken.getOrDefault(EVERYTHING, List.of()).forEach(page);
        if (changed.stream().anyMatch(Dependencies::beyondABody)) {
            pagesByToken.getOrDefault(ANY_FRONT, List.of()).forEach(page);
        }
        for (String t : changed) pagesByToken.getOrDefault(t, List.of()).forEach(page);
    }

    /** The pages of {@code deps} (path → tokens) by token, for {@link #affected}. */
    public static Map<String, List<String>> byToken(Map<String, Set<String>> deps) {
        Map<String, List<String>> out = new HashMap<>();
        deps.forEach((path, tokens) -> tokens.forEach(t -> out.computeIfAbsent(t, k -> new ArrayList<>()).add(path)));
        return out;
    }

    /** Whether the changed tokens are all edits inside Markdown bodies, which no other page shows. */
    public static boolean onlyBodies(Set<String> changed) {
        return changed.stream().noneMatch(t -> t.equals(EVERYTHING) || beyondABody(t));
    }

    private static boolean beyondABody(String token) {
        return token.startsWith("front:") || token.startsWith("source:") || token.startsWith("template:");
    }

    private Dependencies() {
    }

    public static String template(String name) {
        return "template:" + name;
    }

    /** The token of a content file's front matter (what other pages show of it), as opposed to its body. */
    public static String front(String file) {
        return "front:" + file;
    }

    public static String source(String id) {
        return "source:" + id;
    }

    static Set<String> measure(SiteModel model, Measure m) {
        Set<String> deps = base("measure.ftlh", m.file(), model);
        model.lineage(model.jurisdictionOf(m)).forEach(j -> deps.add(front(j.file())));
        m.doctrines().forEach(r -> deps.add(front(model.limits().get(r.id()).file())));
        sources(deps, m.sources());
        for (Event e : m.events()) sources(deps, e.sources());
        cited(deps, model, m.file());
        return deps;
    }

    static Set<String> jurisdiction(SiteModel model, Jurisdiction j) {
        Set<String> deps = base("jurisdiction.ftlh", j.file(), model);
        model.lineage(j).forEach(x -> deps.add(front(x.file())));
        model.children(j).forEach(c -> deps.add(front(c.file())));
        java.util.stream.Stream.of(model.measuresOf(j), model.measuresAbove(j), model.measuresBelow(j))
                .flatMap(java.util.List::stream).forEach(m -> {
                    deps.add(front(m.file()));
                    model.lineage(model.jurisdictionOf(m)).forEach(x -> deps.add(front(x.file())));
                });
        sources(deps, j.sources());
        cited(deps, model, j.file());
        return deps;
    }

    static Set<String> limit(SiteModel model, Limit l) {
        Set<String> deps = base("limit.ftlh", l.file(), model);
        model.measuresWithDoctrine(l.slug()).forEach(m -> {
            deps.add(front(m.file()));
            model.lineage(model.jurisdictionOf(m)).forEach(j -> deps.add(front(j.file())));
        });
        sources(deps, l.sources());
        for (Authority a : l.authorities()) a.source().ifPresent(r -> deps.add(source(r.id())));
        cited(deps, model, l.file());
        return deps;
    }

    static Set<String> page(SiteModel model, Page p) {
        Set<String> deps = base("page.ftlh", p.file(), model);
        sources(deps, p.sources());
        cited(deps, model, p.file());
        return deps;
    }

    private static Set<String> base(String template, String file, SiteModel model) {
        Set<String> deps = new TreeSet<>();
        deps.add(template(template));
        deps.add(file);
        return deps;
    }

    private static void sources(Set<String> deps, java.util.List<Ref> refs) {
        refs.forEach(r -> deps.add(source(r.id())));
    }

    private static void cited(Set<String> deps, SiteModel model, String file) {
        for (String id : model.body(file).cited()) deps.add(source(id));
    }
}
