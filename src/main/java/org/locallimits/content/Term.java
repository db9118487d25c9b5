package org.locallimits.content;

/** One entry of a controlled vocabulary (a measure type, a status, …). Immutable. */
public record Term(String id, String label, String description) {
}
