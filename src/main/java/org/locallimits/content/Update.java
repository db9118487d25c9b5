package org.locallimits.content;

import java.time.LocalDate;

/** A substantive change to a page, as the editor describes it in its {@code updates} list. Immutable. */
public record Update(LocalDate date, String summary) {
}
