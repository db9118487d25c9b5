package org.locallimits.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemFormatTest {
    private final Problem problem = Problem.error(SourcePos.of("content/a.md", 3, 9), "unknown status `adpoted`",
            "did you mean `adopted`?");

    @Test
    void textIsTheHeadlineAndAnIndentedHint() {
        assertEquals("content/a.md:3:9: error: unknown status `adpoted`\n  hint: did you mean `adopted`?\n",
                ProblemFormat.TEXT.format(List.of(problem)));
    }

    @Test
    void githubFormatIsAnAnnotationWithEscapedData() {
        assertEquals("::error file=content/a.md,line=3,col=9::unknown status `adpoted`%0Adid you mean `adopted`?\n",
                ProblemFormat.GITHUB.format(List.of(problem)));
    }

    @Test
    void summaryCountsErrorsAndWarnings() {
        assertEquals("1 error, 2 warnings", ProblemFormat.summary(List.of(problem,
                Problem.warning(SourcePos.file("x"), "a", ""), Problem.warning(SourcePos.file("y"), "b", ""))));
    }

    @Test
    void suggestsTheClosestValue() {
        assertEquals("adopted", Suggestions.closest("adpoted", List.of("proposed", "adopted", "in-effect"))
                .orElseThrow());
        assertEquals(true, Suggestions.closest("zzzzzz", List.of("adopted")).isEmpty());
    }
}
