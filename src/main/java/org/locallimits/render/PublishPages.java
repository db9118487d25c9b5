package org.locallimits.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locallimits.changelog.ChangeLog;
import org.locallimits.content.Jurisdiction;
import org.locallimits.model.Paths;
import org.locallimits.model.SiteModel;
import org.locallimits.opendata.Column;
import org.locallimits.opendata.Datasets;
import org.locallimits.opendata.OpenData;

/**
 * Data for what the site publishes for reuse: the updates page, the Atom feeds (site-wide and per jurisdiction)
 * and the open-data page. Feeds hold absolute URLs only, since feed readers show entries away from the site.
 * Thread-safe.
 */
public final class PublishPages {
    /** Where the site-wide feed is written, relative to the site root. */
    public static final String SITE_FEED = "feed.xml";
    public static final String UPDATES = "updates/";

    private final SiteModel model;
    private final Views base;
    private final PageModels pages;
    /** Built on first use: a preview rebuild after a body edit renders neither the updates page nor a feed. */
    private ChangeLog log;

    /**
     * One change as the updates page shows it; {@code anchor} is its element id there. {@code pageLang} and
     * {@code lang} are the languages of the page's title and of the summary where they differ from the edition's.
     */
    public record Change(String anchor, V.Date date, V.Link page, String kind, String summary, String pageLang,
                         String lang) {
    }

    /**
     * One Atom entry: every URL absolute, {@code updated} an RFC 3339 date-time; {@code titleLang} and
     * {@code lang} as for {@link Change} (the title holds the page's title and the summary).
     */
    public record FeedEntry(String id, String title, String href, String updated, String summary, String titleLang,
                            String lang) {
    }

    /** A feed of one place, as listed on the updates page. */
    public record PlaceFeed(String name, String href, int count) {
    }

    public record DataFile(String name, String href, String format) {
    }

    public record DataColumn(String name, String kind, boolean optional, String description) {
    }

    public record DataSet(String title, String row, List<DataFile> files, String schema, List<DataColumn> columns) {
    }

    PublishPages(SiteModel model, Views base, PageModels pages) {
        this.model = model;
        this.base = base;
        this.pages = pages;
    }

    private synchronized ChangeLog log() {
        if (log == null) log = ChangeLog.of(model);
        return log;
    }

    /** The path of a jurisdiction's feed, relative to the site root. */
    public static String feed(Jurisdiction j) {
        return Paths.jurisdiction(j.slug()) + "feed.xml";
    }

    public Map<String, Object> updates() {
        Views views = base.at(UPDATES);
        Map<String, Object> data = pages.common(views, views.page(PageModels.text(views, "updates.title"),
                PageModels.text(views, "updates.description"), UPDATES, "updates", List.of(), Optional.empty()));
        data.put("changes", log().entries().stream().map(e -> new Change(e.anchor(), views.date(e.date()),
                new V.Link(views.href(e.path()), e.title()), kindLabel(views, e.kind()), e.summary(),
                views.languageOf(e.path(), ""), views.languageOf(e.path(), "updates"))).toList());
        data.put("feed", views.href(SITE_FEED));
        data.put("placeFeeds", model.content().jurisdictions().stream()
                .sorted(java.util.Comparator.comparing(Jurisdiction::name).thenComparing(Jurisdiction::slug))
                .map(j -> new PlaceFeed(j.name(), views.href(feed(j)), log().about(j.slug()).size())).toList());
        return data;
    }

    /** The site-wide feed, or with a jurisdiction the feed of that place and everything in it. */
    public Map<String, Object> feedData(Optional<Jurisdiction> place) {
        List<ChangeLog.Entry> entries = place.map(j -> log().about(j.slug())).orElse(log().entries());
        String self = place.map(PublishPages::feed).orElse(SITE_FEED);
        String site = model.site().title();
        String title = place.map(j -> PageModels.text(base, "feed.placeTitle", "site", site, "name", j.name()))
                .orElse(PageModels.text(base, "feed.title", "site", site));
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("language", model.site().language());
        data.put("id", base.canonical(self));
        data.put("title", title);
        data.put("subtitle", place.map(j -> PageModels.text(base, "feed.placeSubtitle", "name", j.name()))
                .orElse(PageModels.text(base, "site.description")));
        data.put("self", base.canonical(self));
        data.put("alternate", base.canonical(place.map(j -> Paths.jurisdiction(j.slug())).orElse(UPDATES)));
        data.put("updated", instant(entries.stream().map(ChangeLog.Entry::date)
                .max(java.util.Comparator.naturalOrder()).orElse(model.site().asOf())));
        data.put("author", model.site().title());
        data.put("authorUri", model.site().baseUrl());
        data.put("rights", model.site().license());
        data.put("entries", entries.stream().map(e -> new FeedEntry(base.canonical(UPDATES) + "#" + e.anchor(),
                e.title() + ": " + e.summary(), base.canonical(e.path()), instant(e.date()), e.summary(),
                base.languageOf(e.path(), ""), base.languageOf(e.path(), "updates"))).toList());
        return data;
    }

    public Map<String, Object> data() {
        Views views = base.at(OpenData.FOLDER);
        Map<String, Object> data = pages.common(views, views.page(PageModels.text(views, "data.title"),
                PageModels.text(views, "data.description", "license", model.site().license()),
                OpenData.FOLDER, "data", List.of(), Optional.empty()));
        // Titles and column texts in the edition's language: data.set.<set>.title|row, data.col.<set>.<column>.
        data.put("datasets", Datasets.ALL.stream().map(d -> new DataSet(
                PageModels.text(views, "data.set." + d.name() + ".title"),
                PageModels.text(views, "data.set." + d.name() + ".row"),
                d.files().stream().map(f -> new DataFile(f, views.href(OpenData.FOLDER + f),
                        f.substring(f.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT))).toList(),
                d.files().stream().anyMatch(f -> f.endsWith(".json"))
                        ? views.href(OpenData.FOLDER + d.name() + ".schema.json") : "",
                d.columns().stream().map(c -> column(views, d.name(), c)).toList())).toList());
        data.put("license", model.site().license());
        return data;
    }

    private static DataColumn column(Views views, String set, Column c) {
        return new DataColumn(c.name(), c.kind(), c.optional(),
                PageModels.text(views, "data.col." + set + "." + c.name()));
    }

    private static String kindLabel(Views views, String kind) {
        return PageModels.text(views, "kind." + switch (kind) {
            case "measure", "jurisdiction", "limit" -> kind;
            default -> "page";
        });
    }

    /** Midnight UTC of a date, the RFC 3339 form Atom requires; content dates have no time of day. */
    private static String instant(LocalDate d) {
        return d + "T00:00:00Z";
    }
}
