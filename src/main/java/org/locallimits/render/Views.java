package org.locallimits.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locallimits.content.Jurisdiction;
import org.locallimits.content.Measure;
import org.locallimits.content.Site;
import org.locallimits.content.Source;
import org.locallimits.content.Term;
import org.locallimits.model.Paths;
import org.locallimits.model.SiteModel;

/**
 * Turns model records into the display records of {@link V}: formats dates in a fixed locale, resolves
 * vocabulary labels and prefixes paths with the base path. Immutable and thread-safe.
 */
public final class Views {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final V.Date NO_DATE = new V.Date("", "");

    private final SiteModel model;
    private final String root;
    /** Built on first use: only the sources page reads it, and the preview rarely renders that page again. */
    private final java.util.function.Supplier<Map<String, List<V.Link>>> citedOn;
    private final Map<String, LocalDate> lastChanged;
    private final Edition edition;

    /**
     * @param citedOn for each source id, the pages citing it, with site-relative paths in {@code href}
     */
    public Views(SiteModel model, Map<String, List<V.Link>> citedOn) {
        this(model, () -> citedOn, Map.of());
    }

    /**
     * @param lastChanged for each page path (such as {@code measures/x/}), when its content file last changed;
     *                    pages not in it show no such date
     */
    public Views(SiteModel model, java.util.function.Supplier<Map<String, List<V.Link>>> citedOn,
                 Map<String, LocalDate> lastChanged) {
        this(model, memo(citedOn), Paths.basePath(model.site().baseUrl()), Map.copyOf(lastChanged),
                new Edition(model.site().language(), "", Map.of(), model.site().languages()));
    }

    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> supplier) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = supplier.get();
                return value;
            }
        };
    }

    private Views(SiteModel model, java.util.function.Supplier<Map<String, List<V.Link>>> citedOn, String root,
                  Map<String, LocalDate> lastChanged, Edition edition) {
        this.model = model;
        this.root = root;
        this.citedOn = citedOn;
        this.lastChanged = lastChanged;
        this.edition = edition;
    }

    /** The same views for another language edition (links then stay inside that edition). */
    public Views in(Edition other) {
        return new Views(model, citedOn, root, lastChanged, other);
    }

    public Edition edition() {
        return edition;
    }

    /** A link to a file shared by all editions (assets), relative to the current page. */
    public String asset(String path) {
        return root + path;
    }

    /** Links to this page in every edition, for {@code hreflang} and the language switcher. */
    public List<V.Alternate> alternates(String path) {
        return edition.languages().stream().map(lang -> {
            String prefix = Edition.prefixOf(lang, edition.languages());
            return new V.Alternate(lang, root + prefix + path, model.site().baseUrl() + prefix + path,
                    lang.equals(edition.lang()));
        }).toList();
    }

    /**
     * Views for the page at {@code path}: links become relative to it ({@code ../../measures/x/}), so the site
     * works under any base path and in the preview server alike. Pages that may be served at any address (the
     * 404 page) keep links rooted at the base URL's path.
     */
    public Views at(String path) {
        if (!path.isEmpty() && !path.endsWith("/")) {
            return new Views(model, citedOn, Paths.basePath(model.site().baseUrl()), lastChanged, edition);
        }
        String full = edition.prefix() + path;
        int depth = (int) full.chars().filter(c -> c == '/').count();
        return new Views(model, citedOn, depth == 0 ? "./" : "../".repeat(depth), lastChanged, edition);
    }

    public SiteModel model() {
        return model;
    }

    public String href(String path) {
        return root + edition.prefix() + path;
    }

    public String canonical(String path) {
        return model.site().baseUrl() + edition.prefix() + path;
    }

    private static final DateTimeFormatter LONG_ES =
            DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", Locale.forLanguageTag("es"));

    /** A date in words in this edition's language ("October 15, 2025", "15 de octubre de 2025"). */
    public V.Date date(LocalDate d) {
        return new V.Date(d.toString(), (model.site().language().equals("es") ? LONG_ES : LONG).format(d));
    }

    public V.Date date(Optional<LocalDate> d) {
        return d.map(this::date).orElse(NO_DATE);
    }

    public V.SiteInfo site() {
        Site s = model.site();
        List<V.Link> nav = s.nav().stream().map(n -> new V.Link(href(n.path()), n.title())).toList();
        return new V.SiteInfo(s.title(), s.description(), s.baseUrl(), root, s.language(), date(s.asOf()),
                s.license(), s.disclaimer(), nav, new V.Link(href(""), s.title()), pageLink("about"),
                pageLink("method"), pageLink("disclaimer"));
    }

    private V.Link pageLink(String slug) {
        return Optional.ofNullable(model.pages().get(slug)).map(p -> new V.Link(href(Paths.page(slug)), p.title()))
                .orElse(new V.Link("", ""));
    }

    public V.Term term(String list, String id) {
        Optional<Term> t = model.vocabulary().term(list, id);
        String path = switch (list) {
            case "types" -> Paths.type(id);
            case "statuses" -> Paths.status(id);
            default -> "";
        };
        return new V.Term(id, t.map(Term::label).orElse(id), t.map(Term::description).orElse(""),
                path.isEmpty() ? "" : href(path));
    }

    public V.Card card(Measure m) {
        Jurisdiction j = model.jurisdictionOf(m);
        return new V.Card(m.slug(), href(Paths.measure(m.slug())), m.title(), m.summary(), jurisdictionLink(j),
                j.level(), model.state(j).name(), term("types", m.type()), term("instruments", m.instrument()),
                term("statuses", m.status()), date(m.statusAsOf()), term("exposure", m.exposure()),
                date(m.adopted()), model.state(j).slug(), edition.languageOf(Paths.measure(m.slug()), ""));
    }

    /** See {@link Edition#languageOf}. */
    public String languageOf(String path, String list) {
        return edition.languageOf(path, list);
    }

    public List<V.Card> cards(List<Measure> measures) {
        return measures.stream().map(this::card).toList();
    }

    public V.Link jurisdictionLink(Jurisdiction j) {
        return new V.Link(href(Paths.jurisdiction(j.slug())), j.name());
    }

    public V.JurisdictionInfo jurisdiction(Jurisdiction j) {
        int count = model.measureCount(j);
        return new V.JurisdictionInfo(j.slug(), href(Paths.jurisdiction(j.slug())), j.name(), j.level(),
                j.postal().orElse(""), j.website().orElse(""), count);
    }

    public List<V.Link> breadcrumb(Jurisdiction j) {
        return model.lineage(j).stream().map(this::jurisdictionLink).toList();
    }

    /**
     * The numbered source list of a page, in note order. The entries leave {@code citedOn} empty: only the sources
     * page shows it, and filling it here would make every page cost as much as the number of pages citing its
     * sources.
     */
    public List<V.SourceEntry> sourceList(List<String> ids) {
        List<V.SourceEntry> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Source s = model.sources().get(ids.get(i));
            if (s != null) out.add(source(s, i + 1, List.of()));
        }
        return out;
    }

    /** A source for the sources page, with the pages that cite it. */
    public V.SourceEntry source(Source s, int number) {
        return source(s, number, citedOn.get().getOrDefault(s.id(), List.of()).stream()
                .map(l -> new V.Link(href(l.href()), l.text())).toList());
    }

    private V.SourceEntry source(Source s, int number, List<V.Link> citedOn) {
        return new V.SourceEntry(number, s.id(), s.title(), s.publisher(), s.author().orElse(""), date(s.date()),
                s.url(), s.archivedUrl().orElse(""), date(s.accessed()), term("source_kinds", s.kind()),
                s.note().orElse(""), citedOn);
    }

    public V.Page page(String title, String description, String path, String kind, List<V.Link> breadcrumb,
                       Optional<LocalDate> lastVerified) {
        return new V.Page(title, description, path, canonical(path), kind, breadcrumb, date(lastVerified),
                date(Optional.ofNullable(lastChanged.get(path))));
    }
}
