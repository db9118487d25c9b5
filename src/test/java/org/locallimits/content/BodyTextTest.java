package org.locallimits.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locallimits.diag.Problems;
import org.locallimits.testing.TestSite;

/** Bodies beyond the loader's budget stay in their files and are read again, unchanged, when asked for. */
class BodyTextTest {
    private final TestSite site = TestSite.mini();

    private Content load(long budget) {
        Problems problems = new Problems();
        Content c = new ContentLoader(site.content(), "content", Optional.empty(), Optional.empty(), budget)
                .load(false, problems);
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
        return c;
    }

    @Test
    void bodiesBeyondTheBudgetAreReadAgainAndEqualTheHeldOnes() {
        Content held = load(ContentLoader.BODY_BUDGET);
        Content inFiles = load(0);
        assertTrue(held.measures().stream().allMatch(m -> m.body().text().isHeld()));
        assertTrue(inFiles.measures().stream().noneMatch(m -> m.body().text().isHeld()));
        assertEquals(held, inFiles, "the same content, whether its bodies are held or read again");
        Measure m = inFiles.measures().get(0);
        assertTrue(m.body().markdown().contains("##"), m.body().markdown());
        assertEquals(held.measures().get(0).body().markdown(), m.body().markdown());
    }

    @Test
    void aFileChangedWhileTheSiteIsBuiltStopsTheBuildWithItsPath() throws Exception {
        Content inFiles = load(0);
        Measure m = inFiles.measures().get(0);
        Path file = site.root().resolve(m.file());
        Files.writeString(file, Files.readString(file) + "\nOne more sentence.\n");
        BodyText.ChangedDuringBuild e = assertThrows(BodyText.ChangedDuringBuild.class, () -> m.body().markdown());
        assertEquals(m.file() + ": the file changed while the site was being built; build again once it is saved",
                e.getMessage());
    }

    @Test
    void aHeldBodyNeverTouchesItsFile() throws Exception {
        Content held = load(ContentLoader.BODY_BUDGET);
        Measure m = held.measures().get(0);
        Files.delete(site.root().resolve(m.file()));
        assertFalse(m.body().markdown().isEmpty());
    }
}
