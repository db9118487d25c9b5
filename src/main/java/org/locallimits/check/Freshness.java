package org.locallimits.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.locallimits.content.Measure;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.model.SiteModel;

/**
 * Warns about measures whose facts were last verified long before the site's as-of date. The comparison uses the
 * as-of date from {@code site.yaml}, not the clock, so the same content always gives the same result. Stateless.
 */
public final class Freshness {
    private Freshness() {
    }

    public static void check(SiteModel model, int maxDays, Problems problems) {
        LocalDate asOf = model.site().asOf();
        for (Measure m : model.content().measures()) {
            long days = ChronoUnit.DAYS.between(m.lastVerified(), asOf);
            if (days > maxDays) {
                problems.warning(SourcePos.of(m.file(), 2, 1), "`last_verified` (" + m.lastVerified() + ") is " + days
                        + " days before the site's as-of date (" + asOf + ")", "check the measure's status and "
                        + "sources again, then update `last_verified` and `status_as_of`");
            }
        }
    }
}
