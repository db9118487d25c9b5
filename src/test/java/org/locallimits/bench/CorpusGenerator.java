package org.locallimits.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic legal-explainer corpus of about {@code pages} pages in this project's content format: states,
 * counties and cities in state folders, measures of 600–900 words of Markdown (headings, lists, a table, links,
 * footnotes, citations, cross-references, events with sources), legal limits, pages, {@code sources.yaml},
 * {@code site.yaml} and {@code vocabulary.yaml}. Optionally also the equivalent Hugo site (same Markdown bodies,
 * one page per measure, one listing page per jurisdiction, an index) for a like-for-like comparison.
 *
 * <p>Deterministic: the same size gives the same bytes on every machine (every file draws from its own seeded
 * {@link Random}). Lives in the test tree so that it is not part of the shipped jar. Not thread-safe.
 */
public final class CorpusGenerator {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
    /** Fixed pages and limits; everything else is jurisdictions (about one page in ten) and measures. */
    static final List<String> LIMITS = List.of("anti-commandeering", "section-1373", "supremacy-clause-preemption",
            "intergovernmental-immunity", "limited-power-of-localities", "local-emergency-powers",
            "supremacy-clause-immunity", "agreements-287g");
    static final List<String> PAGES = List.of("about", "method", "disclaimer", "guide");
    /** sources.yaml must stay under the YAML reader's limit of a million characters, so the pool stops growing here. */
    static final int MAX_SOURCES = 3000;
    private static final int LANDMARKS = 10;

    private static final String[][] STATES = {
            {"alabama", "Alabama", "AL"}, {"alaska", "Alaska", "AK"}, {"arizona", "Arizona", "AZ"},
            {"arkansas", "Arkansas", "AR"}, {"california", "California", "CA"}, {"colorado", "Colorado", "CO"},
            {"connecticut", "Connecticut", "CT"}, {"delaware", "Delaware", "DE"}, {"florida", "Florida", "FL"},
            {"georgia", "Georgia", "GA"}, {"hawaii", "Hawaii", "HI"}, {"idaho", "Idaho", "ID"},
            {"illinois", "Illinois", "IL"}, {"indiana", "Indiana", "IN"}, {"iowa", "Iowa", "IA"},
            {"kansas", "Kansas", "KS"}, {"kentucky", "Kentucky", "KY"}, {"louisiana", "Louisiana", "LA"},
            {"maine", "Maine", "ME"}, {"maryland", "Maryland", "MD"}, {"massachusetts", "Massachusetts", "MA"},
            {"michigan", "Michigan", "MI"}, {"minnesota", "Minnesota", "MN"}, {"mississippi", "Mississippi", "MS"},
            {"missouri", "Missouri", "MO"}, {"montana", "Montana", "MT"}, {"nebraska", "Nebraska", "NE"},
            {"nevada", "Nevada", "NV"}, {"new-hampshire", "New Hampshire", "NH"}, {"new-jersey", "New Jersey", "NJ"},
            {"new-mexico", "New Mexico", "NM"}, {"new-york", "New York", "NY"},
            {"north-carolina", "North Carolina", "NC"}, {"north-dakota", "North Dakota", "ND"},
            {"ohio", "Ohio", "OH"}, {"oklahoma", "Oklahoma", "OK"}, {"oregon", "Oregon", "OR"},
            {"pennsylvania", "Pennsylvania", "PA"}, {"rhode-island", "Rhode Island", "RI"},
            {"south-carolina", "South Carolina", "SC"}, {"south-dakota", "South Dakota", "SD"},
            {"tennessee", "Tennessee", "TN"}, {"texas", "Texas", "TX"}, {"utah", "Utah", "UT"},
            {"vermont", "Vermont", "VT"}, {"virginia", "Virginia", "VA"}, {"washington", "Washington", "WA"},
            {"west-virginia", "West Virginia", "WV"}, {"wisconsin", "Wisconsin", "WI"}, {"wyoming", "Wyoming", "WY"}};
    static final List<String> TYPES = List.of("sanctuary-policy", "property-restriction", "officer-identification",
            "use-of-force", "facility-regulation", "data-sharing", "courthouse-protection", "accountability");
    static final List<String> INSTRUMENTS = List.of("ordinance", "resolution", "executive-order", "statute",
            "hotline", "proposal");
    static final List<String> STATUSES = List.of("proposed", "adopted", "in-effect", "challenged", "enjoined",
            "struck-down");
    static final List<String> EXPOSURE = List.of("low", "medium", "high", "decided");
    static final List<String> EVENT_KINDS = List.of("introduced", "adopted", "signed", "effective", "lawsuit",
            "ruling", "injunction", "appeal", "statement");
    static final List<String> SOURCE_KINDS = List.of("news", "law", "court", "government", "analysis");

    private static final String[] SYLLABLES = {"ash", "bel", "cor", "dal", "el", "fen", "gar", "hol", "ing", "kel",
            "lan", "mar", "nor", "ol", "pen", "quin", "ros", "sal", "tor", "val", "wes", "yar", "brook", "ton"};
    private static final String[] SUBJECTS = {"The ordinance", "The measure", "Section 4", "The council",
            "City staff", "The county board", "The sheriff's office", "The attorney general", "A federal court",
            "The police department", "The state legislature", "The mayor's order", "The policy", "Local officials",
            "The appeals court", "The governor", "Federal agents", "The city attorney", "Residents", "The statute"};
    private static final String[] VERBS = {"bars", "requires", "limits", "allows", "directs", "forbids", "restricts",
            "protects", "reviews", "funds", "reports on", "governs", "clarifies", "narrows", "extends", "declines"};
    private static final String[] OBJECTS = {"cooperation with immigration detainers", "the sharing of personal data",
            "access to non-public areas of city buildings", "the use of city money and equipment",
            "requests from federal agencies", "civil immigration arrests at courthouses",
            "contracts with private detention companies", "the identification of officers on duty",
            "the retention of licence-plate records", "notices to people held in county jails",
            "public reports on enforcement requests", "training for front-line employees",
            "the use of chemical agents near homes", "complaints from members of the public",
            "the enforcement of federal civil law", "information about a person's citizenship"};
    private static final String[] TAILS = {"unless a judge has signed a warrant", "within the limits of state law",
            "for as long as the emergency lasts", "except where federal law requires otherwise",
            "in every department that answers to the council", "after a public hearing",
            "subject to review by the courts", "as the sponsors described it at the time",
            "according to the official summary", "while the lawsuit goes on", "in most circumstances",
            "to the extent the budget allows", "on the same terms as other agencies", "for the first time"};
    private static final String[] LIMIT_TITLES = {"Anti-commandeering", "8 U.S.C. § 1373", "Preemption",
            "Intergovernmental immunity", "What localities can do", "Local emergency powers",
            "Supremacy Clause immunity", "287(g) agreements"};

    private final int pages;
    private final int states;
    private final int jurisdictions;
    private final int measures;
    private final int sources;
    private final List<Juris> juris = new ArrayList<>();

    /** One jurisdiction: slug, display name, level, parent slug (empty for states), state folder and postal code. */
    record Juris(String slug, String name, String level, String parent, String folder, String postal) {
    }

    public CorpusGenerator(int pages) {
        if (pages < 40) throw new IllegalArgumentException("at least 40 pages, got " + pages);
        this.pages = pages;
        int fixed = LIMITS.size() + PAGES.size();
        this.jurisdictions = Math.max(10, (pages - fixed) / 10);
        this.states = Math.min(STATES.length, Math.max(2, jurisdictions / 10));
        this.measures = pages - fixed - jurisdictions;
        this.sources = Math.max(40, Math.min(MAX_SOURCES, measures / 4));
        planJurisdictions();
    }

    /** {@code CorpusGenerator <out-folder> <pages> [--hugo <hugo-site-folder>]} */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 4) {
            System.err.println("usage: CorpusGenerator OUT PAGES [--hugo HUGO_OUT]");
            System.exit(2);
        }
        CorpusGenerator g = new CorpusGenerator(Integer.parseInt(args[1]));
        g.write(Path.of(args[0]));
        if (args.length == 4) g.writeHugo(Path.of(args[3]));
        System.out.println("generated " + g.pageCount() + " content pages (" + g.measures + " measures, "
                + g.jurisdictions + " jurisdictions, " + g.sources + " sources) into " + args[0]);
    }

    /** The number of content pages: measures, jurisdictions, limits and pages. */
    public int pageCount() {
        return measures + jurisdictions + LIMITS.size() + PAGES.size();
    }

    public int measures() {
        return measures;
    }

    /** States first, then per state about one county for every three cities. */
    private void planJurisdictions() {
        for (int s = 0; s < states; s++) {
            juris.add(new Juris(STATES[s][0], STATES[s][1], "state", "", STATES[s][0], STATES[s][2]));
        }
        List<Juris> counties = new ArrayList<>();
        for (int i = 0; juris.size() < jurisdictions; i++) {
            int s = i % states;
            String folder = STATES[s][0];
            boolean county = i / states % 4 == 0 || counties.stream().noneMatch(c -> c.folder().equals(folder));
            String name = placeName(i);
            if (county) {
                Juris c = new Juris(folder + "-" + slugOf(name) + "-county-" + i, name + " County", "county",
                        folder, folder, "");
                counties.add(c);
                juris.add(c);
            } else {
                Juris parent = lastCountyIn(counties, folder);
                juris.add(new Juris(folder + "-" + slugOf(name) + "-" + i, name, "city", parent.slug(), folder, ""));
            }
        }
    }

    private static Juris lastCountyIn(List<Juris> counties, String folder) {
        for (int i = counties.size() - 1; i >= 0; i--) {
            if (counties.get(i).folder().equals(folder)) return counties.get(i);
        }
        throw new IllegalStateException("no county in " + folder);
    }

    private static String placeName(int i) {
        Random r = new Random(7919L * i + 13);
        String n = SYLLABLES[r.nextInt(SYLLABLES.length)] + SYLLABLES[r.nextInt(SYLLABLES.length)];
        if (r.nextBoolean()) n += SYLLABLES[r.nextInt(SYLLABLES.length)];
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static String slugOf(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    /** The slug of measure {@code i}: its jurisdiction, its type and its number. */
    String measureSlug(int i) {
        return jurisdictionOf(i).slug() + "-" + TYPES.get(i % TYPES.size()) + "-" + i;
    }

    private Juris jurisdictionOf(int measure) {
        return juris.get(measure % juris.size());
    }

    static String sourceId(int i) {
        return i < LANDMARKS ? "landmark-case-" + i : "source-" + i;
    }

    /** The content folder: {@code site.yaml}, {@code vocabulary.yaml}, {@code sources.yaml} and all pages. */
    public void write(Path content) throws IOException {
        Files.createDirectories(content);
        write(content.resolve("site.yaml"), siteYaml());
        write(content.resolve("vocabulary.yaml"), vocabularyYaml());
        write(content.resolve("sources.yaml"), sourcesYaml());
        for (Juris j : juris) {
            write(content.resolve("jurisdictions/" + j.folder() + "/" + j.slug() + ".md"), jurisdiction(j));
        }
        for (int i = 0; i < LIMITS.size(); i++) write(content.resolve("limits/" + LIMITS.get(i) + ".md"), limit(i));
        for (String p : PAGES) write(content.resolve("pages/" + p + ".md"), page(p));
        for (int i = 0; i < measures; i++) write(content.resolve("measures/" + measureSlug(i) + ".md"), measure(i));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private String siteYaml() {
        StringBuilder b = new StringBuilder();
        b.append("title: Synthetic Limits\n");
        b.append("description: A generated corpus of ").append(pages).append(" pages for benchmarking.\n");
        b.append("base_url: https://example.org/bench/\nlanguage: en\nas_of: ").append(AS_OF).append('\n');
        b.append("license: CC BY 4.0\ndisclaimer: Generated text for benchmarking. It is not legal advice.\n");
        b.append("nav:\n  - title: Measures\n    path: measures/\n  - title: Places\n    path: jurisdictions/\n");
        b.append("  - title: Legal limits\n    path: limits/\n  - title: About\n    path: about/\n");
        b.append("questions:\n");
        for (int i = 0; i < 4; i++) {
            b.append("  - question: Question ").append(i + 1).append(" about ").append(LIMIT_TITLES[i])
                    .append("?\n    link: limit:").append(LIMITS.get(i)).append('\n');
        }
        return b.toString();
    }

    private static String vocabularyYaml() {
        StringBuilder b = new StringBuilder();
        vocabularyList(b, "types", TYPES);
        vocabularyList(b, "instruments", INSTRUMENTS);
        vocabularyList(b, "statuses", STATUSES);
        vocabularyList(b, "exposure", EXPOSURE);
        vocabularyList(b, "event_kinds", EVENT_KINDS);
        vocabularyList(b, "source_kinds", SOURCE_KINDS);
        return b.toString();
    }

    private static void vocabularyList(StringBuilder b, String name, List<String> ids) {
        b.append(name).append(":\n");
        for (String id : ids) {
            String label = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
            b.append("  - id: ").append(id).append("\n    label: ").append(label)
                    .append("\n    description: Entries of the kind ").append(label.toLowerCase(java.util.Locale.ROOT))
                    .append(".\n");
        }
    }

    private String sourcesYaml() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sources; i++) {
            Random r = new Random(31L * i + 5);
            String id = sourceId(i);
            b.append("- id: ").append(id).append('\n');
            if (i < LANDMARKS) {
                b.append("  title: \"Landmark v. United States, ").append(400 + i * 11).append(" U.S. ")
                        .append(100 + i * 37).append(" (").append(1990 + i * 3).append(")\"\n");
                b.append("  publisher: Supreme Court of the United States\n");
            } else {
                b.append("  title: \"").append(SUBJECTS[r.nextInt(SUBJECTS.length)]).append(' ')
                        .append(VERBS[r.nextInt(VERBS.length)]).append(' ')
                        .append(OBJECTS[r.nextInt(OBJECTS.length)]).append(" (").append(i).append(")\"\n");
                b.append("  publisher: ").append(placeName(i + 100_000)).append(" Herald\n");
                if (r.nextInt(3) == 0) b.append("  author: ").append(person(r)).append('\n');
            }
            b.append("  date: ").append(AS_OF.minusDays(30 + r.nextInt(900))).append('\n');
            b.append("  url: https://example.org/sources/").append(id).append('\n');
            b.append("  accessed: ").append(AS_OF).append('\n');
            b.append("  kind: ").append(i < LANDMARKS ? "court" : SOURCE_KINDS.get(r.nextInt(SOURCE_KINDS.size())))
                    .append('\n');
        }
        return b.toString();
    }

    private static String person(Random r) {
        String first = placeName(r.nextInt(10_000));
        String last = placeName(r.nextInt(10_000) + 20_000);
        return first + " " + last;
    }

    /** The sources a measure cites: a run of the pool next to its number, and one or two landmark cases. */
    private List<String> sourcesOf(int i) {
        List<String> ids = new ArrayList<>();
        int local = sources - LANDMARKS;
        for (int k = 0; k < 4; k++) {
            String id = sourceId(LANDMARKS + (i * 4 + k) % local);
            if (!ids.contains(id)) ids.add(id);
        }
        ids.add(sourceId(i % LANDMARKS));
        ids.add(sourceId((i * 7 + 3) % LANDMARKS));
        return ids.stream().distinct().toList();
    }

    String measure(int i) {
        Random r = new Random(1_000_003L * i + 17);
        Juris j = jurisdictionOf(i);
        String type = TYPES.get(i % TYPES.size());
        String instrument = INSTRUMENTS.get(r.nextInt(INSTRUMENTS.size()));
        String status = STATUSES.get(r.nextInt(STATUSES.size()));
        List<String> cites = sourcesOf(i);
        LocalDate introduced = AS_OF.minusDays(200 + r.nextInt(1500));
        LocalDate adopted = introduced.plusDays(10 + r.nextInt(120));
        StringBuilder b = new StringBuilder(8192);
        b.append("---\n");
        b.append("title: ").append(cap(type.replace('-', ' '))).append(" ").append(instrument.replace('-', ' '))
                .append(" of ").append(j.name()).append(" (No. ").append(i).append(")\n");
        b.append("summary: ").append(sentence(r)).append(' ').append(sentence(r)).append('\n');
        b.append("jurisdiction: ").append(j.slug()).append('\n');
        b.append("type: ").append(type).append('\n');
        b.append("instrument: ").append(instrument).append('\n');
        b.append("number: No. ").append(2000 + i).append('\n');
        b.append("adopted_by: ").append(j.name()).append(j.level().equals("state") ? " Legislature" : " Council")
                .append('\n');
        b.append("status: ").append(status).append('\n');
        b.append("status_as_of: ").append(AS_OF.minusDays(r.nextInt(60))).append('\n');
        b.append("status_note: ").append(sentence(r)).append('\n');
        b.append("introduced: ").append(introduced).append('\n');
        b.append("adopted: ").append(adopted).append('\n');
        b.append("effective: ").append(adopted.plusDays(r.nextInt(90))).append('\n');
        b.append("officials:\n");
        for (int k = 0; k < 2; k++) {
            b.append("  - name: ").append(person(r)).append("\n    role: ")
                    .append(k == 0 ? "Sponsor" : "Chief executive").append('\n');
        }
        b.append("doctrines: [").append(LIMITS.get(i % LIMITS.size())).append(", ")
                .append(LIMITS.get((i + 3) % LIMITS.size())).append("]\n");
        b.append("preemption:\n  exposure: ").append(EXPOSURE.get(r.nextInt(EXPOSURE.size())))
                .append("\n  rationale: >\n    ").append(sentence(r)).append(' ').append(sentence(r)).append('\n');
        b.append("events:\n");
        int events = 2 + r.nextInt(3);
        for (int k = 0; k < events; k++) {
            b.append("  - date: ").append(introduced.plusDays(k * 40L + r.nextInt(30))).append('\n');
            b.append("    kind: ").append(EVENT_KINDS.get(r.nextInt(EVENT_KINDS.size()))).append('\n');
            b.append("    summary: ").append(sentence(r)).append('\n');
            b.append("    sources: [").append(cites.get(k % cites.size())).append("]\n");
        }
        b.append("sources: [").append(String.join(", ", cites)).append("]\n");
        b.append("last_verified: ").append(AS_OF).append('\n');
        b.append("updates:\n  - date: ").append(AS_OF).append("\n    summary: Page created.\n");
        b.append("---\n");
        b.append(measureBody(i, r, cites));
        return b.toString();
    }

    /** Three required sections of prose, a list, a table, links, a footnote, citations and cross-references. */
    String measureBody(int i, Random r, List<String> cites) {
        StringBuilder b = new StringBuilder(6144);
        b.append("## What it does\n\n");
        paragraph(b, r, cites, 4 + r.nextInt(3));
        b.append("In plain terms, the measure:\n\n");
        for (int k = 0; k < 5; k++) {
            b.append("- ").append(clause(r)).append(" [@").append(cites.get(k % cites.size())).append("];\n");
        }
        b.append('\n');
        b.append("| Provision | What it covers | Section |\n|---|---|---|\n");
        for (int k = 0; k < 4; k++) {
            b.append("| ").append(cap(VERBS[r.nextInt(VERBS.length)])).append(" | ")
                    .append(OBJECTS[r.nextInt(OBJECTS.length)]).append(" | § ").append(k + 1).append(" |\n");
        }
        b.append('\n');
        paragraph(b, r, cites, 3 + r.nextInt(3));
        if (i > 0) {
            b.append("It builds on [an earlier measure](measure:").append(measureSlug(i - 1))
                    .append(") and applies in [").append(jurisdictionOf(i).name()).append("](jurisdiction:")
                    .append(jurisdictionOf(i).slug()).append(").\n\n");
        }
        b.append("## What it does not and cannot do\n\n");
        paragraph(b, r, cites, 4 + r.nextInt(3));
        b.append("### Limits in practice\n\n");
        paragraph(b, r, cites, 3 + r.nextInt(2));
        paragraph(b, r, cites, 3 + r.nextInt(3));
        b.append("The full text is on the [official website](https://example.org/code/").append(i)
                .append(").[^1] See also [how we rate measures](page:method).\n\n");
        b.append("## Federal preemption\n\n");
        b.append("The measure rests on the [").append(LIMIT_TITLES[i % LIMITS.size()]).append("](limit:")
                .append(LIMITS.get(i % LIMITS.size())).append(") rule");
        b.append(" [@").append(sourceId(i % LANDMARKS)).append("; @").append(cites.get(0))
                .append(", p. ").append(1 + r.nextInt(40)).append("].\n\n");
        paragraph(b, r, cites, 4 + r.nextInt(3));
        for (int k = 0; k < 3; k++) {
            b.append(k + 1).append(". ").append(clause(r)).append(" [@").append(cites.get((k + 1) % cites.size()))
                    .append("].\n");
        }
        b.append('\n');
        paragraph(b, r, cites, 3 + r.nextInt(3));
        if (r.nextInt(4) == 0) b.append("One date in this section comes from a summary [!unverified].\n\n");
        b.append("[^1]: ").append(sentence(r)).append('\n');
        return b.toString();
    }

    private static void paragraph(StringBuilder b, Random r, List<String> cites, int sentences) {
        for (int k = 0; k < sentences; k++) {
            String s = sentence(r);
            b.append(s, 0, s.length() - 1);
            if (!cites.isEmpty() && r.nextInt(3) == 0) b.append(" [@").append(cites.get(r.nextInt(cites.size()))).append(']');
            b.append(". ");
        }
        b.setLength(b.length() - 1);
        b.append("\n\n");
    }

    private static String sentence(Random r) {
        return SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + VERBS[r.nextInt(VERBS.length)] + " "
                + OBJECTS[r.nextInt(OBJECTS.length)] + " " + TAILS[r.nextInt(TAILS.length)] + ".";
    }

    private static String clause(Random r) {
        return cap(VERBS[r.nextInt(VERBS.length)]) + " " + OBJECTS[r.nextInt(OBJECTS.length)] + " "
                + TAILS[r.nextInt(TAILS.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String jurisdiction(Juris j) {
        Random r = new Random(j.slug().hashCode());
        int n = juris.indexOf(j);
        StringBuilder b = new StringBuilder();
        b.append("---\nname: ").append(j.name()).append("\nlevel: ").append(j.level()).append('\n');
        if (!j.parent().isEmpty()) b.append("parent: ").append(j.parent()).append('\n');
        if (!j.postal().isEmpty()) b.append("postal: ").append(j.postal()).append('\n');
        b.append("website: https://example.org/places/").append(j.slug()).append('\n');
        String source = sourceId(LANDMARKS + n % (sources - LANDMARKS));
        b.append("sources: [").append(source).append("]\nlast_verified: ").append(AS_OF).append("\n---\n");
        paragraph(b, r, List.of(source), 4);
        if (n < measures) {
            b.append("See [its first measure on this site](measure:").append(measureSlug(n)).append(").\n");
        }
        return b.toString();
    }

    private String limit(int i) {
        Random r = new Random(97L * i + 1);
        String source = sourceId(i % LANDMARKS);
        StringBuilder b = new StringBuilder();
        b.append("---\ntitle: ").append(LIMIT_TITLES[i]).append("\nsummary: ").append(sentence(r)).append('\n');
        b.append("authorities:\n  - kind: case\n    name: Landmark v. United States\n    citation: ")
                .append(400 + i).append(" U.S. 1 (1997)\n    holding: ").append(sentence(r))
                .append("\n    source: ").append(source).append('\n');
        b.append("sources: [").append(source).append("]\nlast_verified: ").append(AS_OF).append("\n---\n");
        b.append("## The rule\n\n");
        paragraph(b, r, List.of(source), 5);
        b.append("## What it means for measures\n\n");
        paragraph(b, r, List.of(source), 5);
        return b.toString();
    }

    private static String page(String slug) {
        Random r = new Random(slug.hashCode());
        StringBuilder b = new StringBuilder();
        b.append("---\ntitle: ").append(cap(slug)).append("\nsummary: ").append(sentence(r))
                .append("\nlast_verified: ").append(AS_OF).append("\n---\n");
        b.append("## Overview\n\n");
        paragraph(b, r, List.of(), 4);
        if (slug.equals("method")) {
            b.append("## Unverified facts\n\n");
            paragraph(b, r, List.of(), 2);
        }
        return b.toString();
    }

    /**
     * The equivalent Hugo site: the same measure bodies as pages, the jurisdictions as a taxonomy (so Hugo writes
     * one page per jurisdiction listing its measures), an index page, and minimal layouts. Citations and
     * cross-references stay literal text and links, as Hugo would leave them.
     */
    public void writeHugo(Path root) throws IOException {
        write(root.resolve("hugo.toml"), "baseURL = 'https://example.org/bench/'\ntitle = 'Synthetic Limits'\n"
                + "disableKinds = ['RSS', 'sitemap', 'robotsTXT']\n[taxonomies]\n  jurisdiction = 'jurisdictions'\n"
                + "[markup.goldmark.renderer]\n  unsafe = false\n");
        write(root.resolve("layouts/_default/baseof.html"), "<!DOCTYPE html>\n<html lang=\"en\"><head><meta "
                + "charset=\"utf-8\"><title>{{ .Title }} | {{ .Site.Title }}</title><meta name=\"description\" "
                + "content=\"{{ .Params.summary }}\"></head>\n<body><nav><a href=\"{{ \"/\" | relURL }}\">Home</a>"
                + "</nav><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
        write(root.resolve("layouts/_default/single.html"), "{{ define \"main\" }}<article><h1>{{ .Title }}</h1>"
                + "<p>{{ .Params.summary }}</p>{{ with .GetTerms \"jurisdictions\" }}{{ range . }}<a href=\""
                + "{{ .RelPermalink }}\">{{ .LinkTitle }}</a>{{ end }}{{ end }}<nav>{{ .TableOfContents }}</nav>"
                + "{{ .Content }}<ol>{{ range .Params.sources }}<li>{{ . }}</li>{{ end }}</ol></article>{{ end }}\n");
        write(root.resolve("layouts/_default/list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>"
                + "{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Params.summary }}</li>"
                + "{{ end }}</ul>{{ end }}\n");
        write(root.resolve("layouts/index.html"), "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1><ul>"
                + "{{ range .Site.Taxonomies.jurisdictions }}<li><a href=\"{{ .Page.RelPermalink }}\">"
                + "{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}\n");
        for (int i = 0; i < measures; i++) {
            String own = measure(i);
            int end = own.indexOf("\n---\n", 4);
            Random r = new Random(1_000_003L * i + 17);
            StringBuilder b = new StringBuilder();
            b.append("---\ntitle: \"Measure ").append(i).append("\"\nsummary: \"").append(sentence(r))
                    .append("\"\njurisdictions: [\"").append(jurisdictionOf(i).slug()).append("\"]\nsources: [")
                    .append(String.join(", ", sourcesOf(i))).append("]\n---\n");
            b.append(own, end + 5, own.length());
            write(root.resolve("content/measures/" + measureSlug(i) + ".md"), b.toString());
        }
    }
}
