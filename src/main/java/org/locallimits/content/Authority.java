package org.locallimits.content;

import java.util.Optional;

/**
 * A key case, statute or constitutional provision on a legal-limit page. {@code kind} is case, statute,
 * constitution or regulation; case names are shown in italics. Immutable.
 */
public record Authority(String kind, String name, String citation, String holding, Optional<Ref> source) {
    public static final java.util.List<String> KINDS = java.util.List.of("case", "statute", "constitution", "regulation");
}
