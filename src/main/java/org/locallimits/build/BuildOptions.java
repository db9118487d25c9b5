package org.locallimits.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build: the content and template folders, where to write (nothing for {@code check}), an optional base
 * URL overriding {@code site.yaml}, and whether drafts are included. Immutable.
 */
public record BuildOptions(Path content, Path templates, Optional<Path> out, Optional<String> baseUrl,
                           boolean drafts) {
}
