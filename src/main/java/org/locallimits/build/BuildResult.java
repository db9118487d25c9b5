package org.locallimits.build;

import java.util.List;
import java.util.Map;
import org.locallimits.diag.Problem;

/** The outcome of a build or check: every problem found, the number of files written, and stage timings. */
public record BuildResult(List<Problem> problems, int files, Map<String, Long> millis) {
    public BuildResult {
        problems = List.copyOf(problems);
        millis = Map.copyOf(millis);
    }

    public boolean ok() {
        return problems.stream().noneMatch(org.locallimits.diag.Problem::isError);
    }
}
