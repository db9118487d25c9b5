package org.locallimits.changelog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Limit;
import org.locallimits.content.Measure;
import org.locallimits.content.Page;
import org.locallimits.content.Update;
import org.locallimits.model.Paths;
import org.locallimits.model.SiteModel;

/**
 * The site's change log: every entry of every content file's {@code updates} list, newest first, for the
 * updates page and the Atom feeds. Each entry carries a permanent anchor (its id in the feeds) and the
 * jurisdictions it concerns, so a jurisdiction's feed holds its own changes and those of its measures and of the
 * places below it. Built from the model with no I/O. Immutable and thread-safe.
 */
public record ChangeLog(List<Entry> entries, java.util.Map<String, List<Entry>> byPlace) {
    /** Newest first; ties broken by page and then by the entry's anchor, so the order never depends on input order. */
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::date).reversed()
            .thenComparing(Entry::path).thenComparing(Entry::anchor, Comparator.reverseOrder());

    /**
     * One change to one page.
     *
     * @param kind   {@code measure}, {@code jurisdiction}, {@code limit} or {@code page}
     * @param path   the changed page's site-relative path, such as {@code measures/x/}
     * @param anchor unique in the site and stable as entries are added: kind, slug, date and, for several
     *               changes to one page on one day, their number counted from the oldest
     * @param places slugs of the jurisdictions the change concerns (the page's own place and all above it)
     */
    public record Entry(LocalDate date, String summary, String kind, String slug, String title, String path,
                        String file, String anchor, Set<String> places) {
        public Entry {
            places = Set.copyOf(places);
        }
    }

    public ChangeLog {
        entries = List.copyOf(entries);
        byPlace = java.util.Map.copyOf(byPlace);
    }

    /**
     * @param entries newest first; {@link #about} is answered from an index by place, made here once (scanning
     *                every entry for each of 10,000 places was most of a 100,000-page build)
     */
    public ChangeLog(List<Entry> entries) {
        this(entries, byPlace(entries));
    }

    private static java.util.Map<String, List<Entry>> byPlace(List<Entry> entries) {
        java.util.Map<String, List<Entry>> out = new java.util.HashMap<>();
        for (Entry e : entries) {
            for (String place : e.places()) out.computeIfAbsent(place, k -> new java.util.ArrayList<>()).add(e);
        }
        out.replaceAll((place, list) -> List.copyOf(list));
        return out;
    }

    public static ChangeLog of(SiteModel model) {
        List<Entry> out = new ArrayList<>();
        for (Measure m : model.content().measures()) {
            add(out, m.updates(), "measure", m.slug(), m.title(), Paths.measure(m.slug()), m.file(),
                    places(model, model.jurisdictionOf(m)));
        }
        for (Jurisdiction j : model.content().jurisdictions()) {
            add(out, j.updates(), "jurisdiction", j.slug(), j.name(), Paths.jurisdiction(j.slug()), j.file(),
                    places(model, j));
        }
        for (Limit l : model.content().limits()) {
            add(out, l.updates(), "limit", l.slug(), l.title(), Paths.limit(l.slug()), l.file(), Set.of());
        }
        for (Page p : model.content().pages()) {
            add(out, p.updates(), "page", p.slug(), p.title(), Paths.page(p.slug()), p.file(), Set.of());
        }
        out.sort(ORDER);
        return new ChangeLog(out);
    }

    /** The changes that concern {@code place} or anything in it. */
    public List<Entry> about(String place) {
        return byPlace.getOrDefault(place, List.of());
    }

    /** The date of the newest entry, if there is one. */
    public java.util.Optional<LocalDate> newest() {
        return entries.stream().map(Entry::date).max(Comparator.naturalOrder());
    }

    private static Set<String> places(SiteModel model, Jurisdiction j) {
        return Set.copyOf(model.lineage(j).stream().map(Jurisdiction::slug).toList());
    }

    private static void add(List<Entry> out, List<Update> updates, String kind, String slug, String title,
                            String path, String file, Set<String> places) {
        for (int i = 0; i < updates.size(); i++) {
            Update u = updates.get(i);
            // Counted from the end of the list (the oldest), so adding a newer entry on the same day at the top
            // does not renumber, and so re-identify, the ones already published.
            long sameDay = updates.subList(i, updates.size()).stream().filter(x -> x.date().equals(u.date())).count();
            String anchor = kind + "-" + slug + "-" + u.date() + (sameDay > 1 ? "-" + sameDay : "");
            out.add(new Entry(u.date(), u.summary(), kind, slug, title, path, file, anchor, places));
        }
    }
}
