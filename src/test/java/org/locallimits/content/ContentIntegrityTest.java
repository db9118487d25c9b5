package org.locallimits.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.locallimits.diag.Problems;
import org.locallimits.markdown.Citation;
import org.locallimits.markdown.MarkdownRenderer;
import org.locallimits.markdown.Parsed;

/**
 * The real content's own integrity, beyond what the build enforces: each measure has at least two sources and
 * at least one primary source (law, court or government document), dates for its status and verification, and no
 * placeholder text anywhere; every citation resolves.
 */
class ContentIntegrityTest {
    private static final Set<String> PRIMARY = Set.of("law", "court", "government");
    /**
     * Measures for which no primary document could be verified in the archived sources we can reach: the official
     * release or act exists, but its address could not be confirmed, so the pages rely on news reports (each quoting
     * the official text) rather than on a guessed URL. Remove an entry when a primary source is added.
     */
    private static final java.util.Map<String, String> NO_VERIFIED_PRIMARY = java.util.Map.of(
            "illinois-courthouse-protection-law", "Public Act 104-0440 text not found in the archive",
            "illinois-plate-watch-hotline", "Secretary of State release not found; quoted by CBS, NBC and RiverBender",
            "new-york-ag-reporting-portal", "Attorney General release not found; quoted by Newsweek and Nexstar");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\b(TODO|TBD|FIXME|XXX|lorem ipsum|placeholder)\\b");
    private final Problems problems = new Problems();
    private final Content content = new ContentLoader(Path.of("content"), "content").load(true, problems);
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void theRealContentLoadsWithoutProblems() {
        assertEquals(List.of(), problems.sorted());
        assertTrue(content.measures().size() >= 20, "every measure of the source article has a page");
    }

    @Test
    void everyMeasureHasTwoSourcesAndAPrimaryOne() {
        List<String> failures = new ArrayList<>();
        for (Measure m : content.measures()) {
            Set<String> ids = new HashSet<>();
            m.sources().forEach(r -> ids.add(r.id()));
            m.events().forEach(e -> e.sources().forEach(r -> ids.add(r.id())));
            markdown.parse(m.body(), m.file()).citations().forEach(c -> ids.add(c.sourceId()));
            long primary = content.sources().stream().filter(s -> ids.contains(s.id()))
                    .filter(s -> PRIMARY.contains(s.kind())).count();
            if (ids.size() < 2) failures.add(m.file() + ": fewer than two sources");
            if (primary == 0 && !NO_VERIFIED_PRIMARY.containsKey(m.slug())) {
                failures.add(m.file() + ": no primary source (law, court or government)");
            }
            if (primary > 0 && NO_VERIFIED_PRIMARY.containsKey(m.slug())) {
                failures.add(m.file() + ": has a primary source now; remove it from NO_VERIFIED_PRIMARY");
            }
            if (m.statusAsOf().equals(java.time.LocalDate.EPOCH)) failures.add(m.file() + ": no status date");
            if (m.lastVerified().equals(java.time.LocalDate.EPOCH)) failures.add(m.file() + ": no last_verified");
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyCitationResolvesAndNoPlaceholderIsPublished() {
        Set<String> known = new HashSet<>();
        content.sources().forEach(s -> known.add(s.id()));
        List<String> failures = new ArrayList<>();
        List<Body> bodies = new ArrayList<>();
        List<String> files = new ArrayList<>();
        content.measures().forEach(m -> { bodies.add(m.body()); files.add(m.file()); });
        content.limits().forEach(l -> { bodies.add(l.body()); files.add(l.file()); });
        content.pages().forEach(p -> { bodies.add(p.body()); files.add(p.file()); });
        content.jurisdictions().forEach(j -> { bodies.add(j.body()); files.add(j.file()); });
        for (int i = 0; i < bodies.size(); i++) {
            Parsed parsed = markdown.parse(bodies.get(i), files.get(i));
            for (Citation c : parsed.citations()) {
                if (!known.contains(c.sourceId())) failures.add(c.pos() + ": unknown source " + c.sourceId());
            }
            if (PLACEHOLDER.matcher(bodies.get(i).markdown()).find()) failures.add(files.get(i) + ": placeholder text");
        }
        for (Measure m : content.measures()) {
            String front = m.title() + m.summary() + m.exposureRationale() + m.statusNote().orElse("");
            if (PLACEHOLDER.matcher(front).find()) failures.add(m.file() + ": placeholder in front matter");
        }
        assertEquals(List.of(), failures);
    }
}
