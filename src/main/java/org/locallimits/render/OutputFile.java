package org.locallimits.render;

/** One file of the generated site: its path relative to the output folder and its bytes. Immutable by contract. */
public record OutputFile(String path, byte[] bytes) {
}
