package org.locallimits.render;

import java.util.List;

/**
 * The records templates see. They hold display-ready text (escaped by FreeMarker on output) and hrefs already
 * prefixed with the site's base path. Empty strings, never null, stand for absent values, so templates test
 * with {@code ?has_content}. Immutable.
 */
public final class V {
    private V() {
    }

    /** A date as ISO text (for {@code <time datetime>}) and as words ("October 15, 2025"). */
    public record Date(String iso, String text) {
    }

    public record Link(String href, String text) {
    }

    /** A vocabulary term as shown: its id (for CSS and icons), label, description and listing page. */
    public record Term(String id, String label, String description, String href) {
    }

    public record Official(String name, String role) {
    }

    public record SiteInfo(String title, String description, String baseUrl, String basePath, String language,
                           Date asOf, String license, String disclaimer, List<Link> nav, Link home, Link about,
                           Link method, Link disclaimerPage) {
    }

    /**
     * A measure in a list: enough to recognise it and judge its status and exposure at a glance. {@code lang} is
     * the language of its title and summary where it differs from the page's (a measure not yet translated).
     */
    public record Card(String slug, String href, String title, String summary, Link jurisdiction, String level,
                       String state, Term type, Term instrument, Term status, Date statusAsOf, Term exposure,
                       Date adopted, String stateSlug, String lang) {
    }

    /** One choice of a filter: the value carried in the URL and the label shown. */
    public record Option(String value, String label) {
    }

    /** {@code lang}: the language of the summary where it differs from the page's. */
    public record Event(Date date, Term kind, String summary, List<Integer> notes, Card measure, String lang) {
    }

    public record SourceEntry(int number, String id, String title, String publisher, String author, Date date,
                              String url, String archivedUrl, Date accessed, Term kind, String note,
                              List<Link> citedOn) {
    }

    public record Authority(String kind, String name, String citation, String holding, int note) {
    }

    public record Toc(int level, String id, String text) {
    }

    /**
     * Fields every page has: for the head, breadcrumbs and the footer. {@code lastVerified} is the editor's
     * declared check; {@code lastChanged} is when the page's content file last changed in git (empty when unknown).
     */
    public record Page(String title, String description, String path, String canonical, String kind,
                       List<Link> breadcrumb, Date lastVerified, Date lastChanged) {
    }

    /** A notice at the top of a page of another edition: out of date, or not translated yet. */
    public record Notice(String status, String englishHref, Date englishChanged, List<String> changed) {
    }

    /** This page in one language edition: relative link, absolute URL, and whether it is the current one. */
    public record Alternate(String lang, String href, String url, boolean current) {
    }

    public record Question(String text, String href) {
    }

    public record JurisdictionInfo(String slug, String href, String name, String level, String postal,
                                   String website, int measureCount) {
    }
}
