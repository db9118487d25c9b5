package org.locallimits.model;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locallimits.content.Content;

/**
 * What the preview server's model builder keeps between rebuilds: the reference checks of each file
 * ({@link ReferenceMemo}) and, for each language edition, the last model built without any problem. When the next
 * rebuild has the same files, and only a few of them changed, that model is updated in place: the changed files
 * are parsed and checked, and its maps share everything else ({@link ModelBuilder}). At 10,000 pages, assembling
 * and checking the maps of every file was half a rebuild. Thread-safe.
 */
public final class ModelMemo {
    /** A model built without problems, with the content it came from and its checked bodies. */
    record Last(Content content, SiteModel checked, SiteModel rendering) {
    }

    final ReferenceMemo references = new ReferenceMemo();
    private final Map<String, Last> byLanguage = new ConcurrentHashMap<>();

    Optional<Last> last(String language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    /** Remembers a model built without problems, or forgets the edition's last one ({@code last} empty). */
    void remember(String language, Optional<Last> last) {
        if (last.isPresent()) {
            byLanguage.put(language, last.get());
        } else {
            byLanguage.remove(language);
        }
    }
}
