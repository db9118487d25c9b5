package org.locallimits.content;

import static org.locallimits.content.FieldSpec.opt;
import static org.locallimits.content.FieldSpec.req;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of every content kind, in the order the editors' guide documents them. Changing a field here changes
 * validation, the JSON Schemas under {@code /schemas/} and the guide's reference together.
 */
public final class ContentKinds {
    private static final FieldSpec UPDATES = opt("updates", "list", "Substantive changes to the page, newest first.",
            "- date: 2026-11-26\n  summary: Page created.")
            .of(req("date", "date", "When the change was made.", "2026-11-26"),
                    req("summary", "text", "One line on what changed.", "Status updated after the ruling."));
    private static final FieldSpec LAST_VERIFIED_OPT = opt("last_verified", "date",
            "When an editor last checked the page against its sources.", "2026-11-26");

    public static final List<FieldSpec> SITE = List.of(
            req("title", "text", "The site's name.", "Local Limits"),
            req("description", "text", "One sentence on what the site is.", "What states and cities do …"),
            req("base_url", "url", "Public address of the site, ending in `/`; `build --base-url` overrides it.",
                    "https://example.org/local-limits/"),
            req("language", "text", "Language code of the site's default edition.", "en"),
            opt("languages", "ids", "Every edition's language, the default first; others are built under "
                    + "/<code>/ from `<slug>.<code>.md` translations.", "[en, es]"),
            req("as_of", "date", "The date the whole site is current as of.", "2026-11-26"),
            req("license", "text", "Licence of the text and data.", "CC BY 4.0"),
            req("disclaimer", "text", "The not-legal-advice statement shown on every page.", "This site is not …"),
            opt("nav", "list", "Main navigation links.", "- title: Measures\n  path: measures/")
                    .of(req("title", "text", "Link text.", "Measures"),
                            req("path", "text", "Site path ending in `/`.", "measures/")),
            opt("questions", "list", "Readers' questions on the home page.",
                    "- question: Can a city ban masked agents?\n  link: limit:intergovernmental-immunity")
                    .of(req("question", "text", "The question.", "Can a city ban masked agents?"),
                            req("link", "text", "Cross-reference to the page that answers it.",
                                    "limit:intergovernmental-immunity")));

    public static final List<FieldSpec> SOURCE = List.of(
            req("id", "id", "Unique id, cited as `[@id]`.", "printz-v-us-1997"),
            req("title", "text", "Title of the document.", "Printz v. United States, 521 U.S. 898 (1997)"),
            req("publisher", "text", "Who published it.", "Supreme Court of the United States"),
            opt("author", "text", "Author, if named.", "Antonin Scalia"),
            opt("date", "date", "Publication date; omit when unknown and say so in `note`.", "1997-06-27"),
            req("url", "url", "Address of the document.", "https://www.law.cornell.edu/supremecourt/text/521/898"),
            opt("archived_url", "url", "Address of an archived copy.", "https://web.archive.org/…"),
            opt("accessed", "date", "When an editor last opened it.", "2026-11-26"),
            req("kind", "id", "What sort of document it is.", "court").from("source_kinds"),
            opt("note", "text", "Anything a reader should know about the source.", "Date inferred from …"));

    public static final List<FieldSpec> JURISDICTION = List.of(
            req("name", "text", "Official short name.", "Portland"),
            req("level", "text", "`state`, `county` or `city`.", "city"),
            opt("parent", "id", "The county or state it belongs to; omitted only for a state.", "oregon"),
            opt("postal", "text", "States only: two-letter postal code (used by the map).", "OR"),
            opt("website", "url", "Official website.", "https://www.portland.gov/"),
            opt("sources", "ids", "Sources behind the overview.", "[portland-gov-about]"),
            LAST_VERIFIED_OPT, UPDATES);

    public static final List<FieldSpec> MEASURE = List.of(
            req("title", "text", "Plain name of the measure.", "Sanctuary city ordinance (City Code Chapter 23.20)"),
            req("summary", "text", "One or two plain sentences: what it does.", "City workers may not help …"),
            req("jurisdiction", "id", "Id of the jurisdiction that adopted or proposed it.", "portland"),
            req("type", "id", "Kind of measure.", "sanctuary-policy").from("types"),
            req("instrument", "id", "Legal form.", "ordinance").from("instruments"),
            opt("number", "text", "Official number or name.", "Ordinance 192115"),
            req("adopted_by", "text", "The body or office that adopted (or proposed) it.", "Portland City Council"),
            req("status", "id", "Where it stands.", "in-effect").from("statuses"),
            req("status_as_of", "date", "The latest date the status is sourced for.", "2026-11-20"),
            opt("status_note", "text", "One line explaining the status.", "No court challenge found."),
            opt("introduced", "date", "When it was filed or announced.", "2025-09-09"),
            opt("adopted", "date", "When it was passed or signed.", "2025-10-15"),
            opt("effective", "date", "When it took effect.", "2025-10-15"),
            opt("officials", "list", "People named in the sources, with their role at the time.",
                    "- name: Sameer Kanal\n  role: City councilor, sponsor")
                    .of(req("name", "text", "Full name.", "Sameer Kanal"),
                            req("role", "text", "Role at the time.", "City councilor (District 2), sponsor")),
            opt("doctrines", "ids", "Ids of the legal limits (content/limits) that bear on it.",
                    "[anti-commandeering, section-1373]"),
            req("preemption", "object", "How exposed it is to federal preemption, and why.",
                    "exposure: low\nrationale: It governs only the city's own staff.")
                    .of(req("exposure", "id", "Exposure level.", "low").from("exposure"),
                            req("rationale", "text", "One paragraph: why this level.", "It governs only …")),
            opt("events", "list", "Dated events: lawsuits, rulings, amendments.",
                    "- date: 2025-11-17\n  kind: lawsuit\n  summary: …\n  sources: [id]")
                    .of(req("date", "date", "When it happened.", "2025-11-17"),
                            req("kind", "id", "What happened.", "lawsuit").from("event_kinds"),
                            req("summary", "text", "One sentence.", "The United States sues the state."),
                            req("sources", "ids", "Sources for the event.", "[cbs-2025-11-17-suit]")),
            req("sources", "ids", "Sources behind the front matter.", "[portland-ordinance-192115]"),
            req("last_verified", "date", "When an editor last checked the page against its sources.", "2026-11-26"),
            UPDATES,
            opt("draft", "boolean", "`true` keeps it out of the site unless built with `--drafts`.", "false"));

    public static final List<FieldSpec> LIMIT = List.of(
            req("title", "text", "Name of the doctrine or limit.", "Anti-commandeering"),
            req("summary", "text", "Two or three plain sentences, shown first.", "The federal government cannot …"),
            opt("authorities", "list", "Key cases and statutes.",
                    "- kind: case\n  name: Printz v. United States\n  citation: 521 U.S. 898 (1997)\n  holding: …\n"
                            + "  source: printz-v-us-1997")
                    .of(req("kind", "text", "`case`, `statute`, `constitution` or `regulation`.", "case"),
                            req("name", "text", "Name; case names are set in italics.", "Printz v. United States"),
                            req("citation", "text", "Citation in standard form.", "521 U.S. 898 (1997)"),
                            req("holding", "text", "One plain sentence on what it decided or says.", "Congress cannot …"),
                            opt("source", "id", "Source id.", "printz-v-us-1997")),
            opt("sources", "ids", "Sources behind the page.", "[printz-v-us-1997]"),
            LAST_VERIFIED_OPT, UPDATES);

    public static final List<FieldSpec> PAGE = List.of(
            req("title", "text", "Page title.", "About this site"),
            req("summary", "text", "One sentence (the page description).", "What this site is and how it is made."),
            opt("sources", "ids", "Sources behind the page.", "[]"),
            LAST_VERIFIED_OPT, UPDATES);

    private ContentKinds() {
    }

    /** Every kind by the name its schema is published under. */
    public static Map<String, List<FieldSpec>> all() {
        Map<String, List<FieldSpec>> m = new LinkedHashMap<>();
        m.put("site", SITE);
        m.put("source", SOURCE);
        m.put("jurisdiction", JURISDICTION);
        m.put("measure", MEASURE);
        m.put("limit", LIMIT);
        m.put("page", PAGE);
        return m;
    }

    static List<String> fieldNames(List<FieldSpec> kind) {
        return FieldSpec.names(kind);
    }

    static List<String> itemNames(List<FieldSpec> kind, String field) {
        return kind.stream().filter(f -> f.name().equals(field)).findFirst().orElseThrow().items().stream()
                .map(FieldSpec::name).toList();
    }
}
