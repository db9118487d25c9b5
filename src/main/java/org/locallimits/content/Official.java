package org.locallimits.content;

/** A person named in connection with a measure, with their role at the time. Immutable. */
public record Official(String name, String role) {
}
