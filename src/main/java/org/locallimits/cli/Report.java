package org.locallimits.cli;

import java.io.PrintWriter;
import java.util.List;
import org.locallimits.build.BuildResult;
import org.locallimits.diag.Problem;
import org.locallimits.diag.ProblemFormat;

/** Prints a run's problems, the first error again and the count at the end, and returns the exit code. */
final class Report {
    private Report() {
    }

    static int print(BuildResult result, ProblemFormat format, boolean strict, PrintWriter out, PrintWriter err) {
        List<Problem> problems = result.problems();
        err.print(format.format(problems));
        boolean failed = !result.ok()
                || (strict && problems.stream().anyMatch(p -> p.severity() == org.locallimits.diag.Severity.WARNING));
        if (!problems.isEmpty() && format == ProblemFormat.TEXT) {
            Problem first = problems.stream().filter(Problem::isError).findFirst().orElse(problems.get(0));
            if (problems.size() > 3) err.println("first: " + first.headline());
            err.println(ProblemFormat.summary(problems) + (strict && !result.ok() ? "" : "")
                    + (failed ? "" : " (not fatal)"));
        }
        err.flush();
        out.flush();
        return failed ? ExitCodes.CONTENT : ExitCodes.OK;
    }
}
