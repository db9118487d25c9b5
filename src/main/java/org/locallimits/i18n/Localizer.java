package org.locallimits.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locallimits.content.Authority;
import org.locallimits.content.Body;
import org.locallimits.content.Content;
import org.locallimits.content.Event;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Limit;
import org.locallimits.content.Measure;
import org.locallimits.content.Official;
import org.locallimits.content.Page;
import org.locallimits.content.Translation;
import org.locallimits.content.Update;
import org.locallimits.model.Paths;

/**
 * Makes the content of one language edition: the English content with each translated page's texts and body
 * replaced by its translation, the vocabulary in that language, and a {@link PageState} for every page so the
 * edition can say which pages are out of date or still in English. The result goes through the same validation
 * and rendering as English. Stateless.
 */
public final class Localizer {
    private Localizer() {
    }

    /** The edition's content and the state of each page, by page path ({@code measures/x/}). */
    public record Localized(Content content, Map<String, PageState> states) {
    }

    public static Localized localize(Content en, List<Translation> all, String lang) {
        Map<String, Translation> byFile = new TreeMap<>();
        all.stream().filter(t -> t.lang().equals(lang)).forEach(t -> byFile.put(t.sourceFile(), t));
        Map<String, PageState> states = new TreeMap<>();
        List<Measure> measures = new ArrayList<>();
        for (Measure m : en.measures()) {
            Translation t = byFile.get(m.file());
            states.put(Paths.measure(m.slug()), state(m, m.file(), t));
            measures.add(t == null ? m : measure(m, t));
        }
        List<Limit> limits = new ArrayList<>();
        for (Limit l : en.limits()) {
            Translation t = byFile.get(l.file());
            states.put(Paths.limit(l.slug()), state(l, l.file(), t));
            limits.add(t == null ? l : limit(l, t));
        }
        List<Page> pages = new ArrayList<>();
        for (Page p : en.pages()) {
            Translation t = byFile.get(p.file());
            states.put(Paths.page(p.slug()), state(p, p.file(), t));
            pages.add(t == null ? p : new Page(p.slug(), t.file(), t.text("title").orElse(p.title()),
                    t.text("summary").orElse(p.summary()), p.sources(), p.lastVerified(), updates(p.updates(), t),
                    t.body()));
        }
        List<Jurisdiction> places = new ArrayList<>();
        for (Jurisdiction j : en.jurisdictions()) {
            Translation t = byFile.get(j.file());
            states.put(Paths.jurisdiction(j.slug()), state(j, j.file(), t));
            places.add(t == null ? j : new Jurisdiction(j.slug(), t.file(), t.text("name").orElse(j.name()), j.level(),
                    j.parent(), j.stateFolder(), j.postal(), j.website(), j.sources(), j.lastVerified(),
                    updates(j.updates(), t), t.body()));
        }
        Content content = new Content(en.site().inLanguage(lang), en.vocabulary().in(lang), en.sources(), places,
                measures, limits, pages);
        return new Localized(content, states);
    }

    private static PageState state(Object english, String file, Translation t) {
        if (t == null) return new PageState(PageState.Status.FALLBACK, file, List.of(), List.of());
        List<String> changed = Fingerprints.changed(t.translatedFrom(), Fingerprints.of(english));
        return new PageState(changed.isEmpty() ? PageState.Status.CURRENT : PageState.Status.STALE, file, changed,
                inEnglish(english, t));
    }

    /** The lists of a translated page shown in English: see {@link PageState}. Named as its fingerprints are. */
    private static List<String> inEnglish(Object english, Translation t) {
        List<String> out = new ArrayList<>();
        if (english instanceof Measure m) {
            if (translated(t, "event_summaries", m.events().size()).isEmpty()) out.add("events");
            if (translated(t, "official_roles", m.officials().size()).isEmpty()) out.add("officials");
        }
        if (english instanceof Limit l && translated(t, "holdings", l.authorities().size()).isEmpty()) {
            out.add("holdings");
        }
        List<Update> updates = english instanceof Measure m ? m.updates() : english instanceof Limit l ? l.updates()
                : english instanceof Page p ? p.updates() : english instanceof Jurisdiction j ? j.updates() : List.of();
        if (translated(t, "update_summaries", updates.size()).isEmpty()) out.add("updates");
        return out;
    }

    /**
     * The translation's texts for an English list of {@code count} items, or nothing when it has not one for
     * each (items are matched by position, so a list of another length cannot say which text is whose).
     */
    private static Optional<List<String>> translated(Translation t, String key, int count) {
        List<String> texts = t.list(key);
        return texts.size() == count || count == 0 ? Optional.of(texts) : Optional.empty();
    }

    private static Measure measure(Measure m, Translation t) {
        List<String> summaries = translated(t, "event_summaries", m.events().size()).orElse(List.of());
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < m.events().size(); i++) {
            Event e = m.events().get(i);
            events.add(i < summaries.size() ? new Event(e.date(), e.kind(), summaries.get(i), e.sources(), e.pos()) : e);
        }
        List<String> roles = translated(t, "official_roles", m.officials().size()).orElse(List.of());
        List<Official> officials = new ArrayList<>();
        for (int i = 0; i < m.officials().size(); i++) {
            Official o = m.officials().get(i);
            officials.add(i < roles.size() ? new Official(o.name(), roles.get(i)) : o);
        }
        return new Measure(m.slug(), t.file(), t.text("title").orElse(m.title()), t.text("summary").orElse(m.summary()),
                m.jurisdiction(), m.type(), m.instrument(), m.number(), t.text("adopted_by").orElse(m.adoptedBy()),
                m.status(), m.statusAsOf(), t.text("status_note").or(m::statusNote), m.introduced(), m.adopted(),
                m.effective(), officials, m.doctrines(), m.exposure(),
                t.text("rationale").orElse(m.exposureRationale()), events, m.sources(), m.lastVerified(),
                updates(m.updates(), t), m.draft(), t.body());
    }

    private static Limit limit(Limit l, Translation t) {
        List<String> holdings = translated(t, "holdings", l.authorities().size()).orElse(List.of());
        List<Authority> authorities = new ArrayList<>();
        for (int i = 0; i < l.authorities().size(); i++) {
            Authority a = l.authorities().get(i);
            authorities.add(i < holdings.size()
                    ? new Authority(a.kind(), a.name(), a.citation(), holdings.get(i), a.source()) : a);
        }
        return new Limit(l.slug(), t.file(), t.text("title").orElse(l.title()), t.text("summary").orElse(l.summary()),
                authorities, l.sources(), l.lastVerified(), updates(l.updates(), t), t.body());
    }

    /** The page's updates with the translation's summaries, item by item. */
    private static List<Update> updates(List<Update> english, Translation t) {
        List<String> summaries = translated(t, "update_summaries", english.size()).orElse(List.of());
        List<Update> out = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            Update u = english.get(i);
            out.add(i < summaries.size() ? new Update(u.date(), summaries.get(i)) : u);
        }
        return out;
    }

    static Body body(Translation t) {
        return t.body();
    }
}
