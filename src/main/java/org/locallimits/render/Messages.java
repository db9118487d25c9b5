package org.locallimits.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.source.TextReader;
import org.locallimits.yaml.YMap;
import org.locallimits.yaml.YNode;
import org.locallimits.yaml.YScalar;
import org.locallimits.yaml.YamlReader;

/**
 * The interface strings of each language, from {@code templates/i18n/<lang>.yaml} (flat {@code key: text}).
 * Templates read them as {@code ${t["key"]}} or {@code ${t.key}}; a key a template uses but a file lacks is a
 * template error, and a key of the default language missing from another language is reported here, so no page
 * ever shows a blank or falls back silently. Immutable.
 */
public record Messages(Map<String, Map<String, String>> byLanguage) {
    public Messages {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        byLanguage.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        byLanguage = Map.copyOf(copy);
    }

    public Map<String, String> of(String lang) {
        return byLanguage.getOrDefault(lang, Map.of());
    }

    /** Loads the files of {@code languages} (the default first) and reports missing files and keys. */
    public static Messages load(Path templates, String display, List<String> languages, Problems problems) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (String lang : languages) {
            String file = display + "i18n/" + lang + ".yaml";
            Path path = templates.resolve("i18n").resolve(lang + ".yaml");
            if (!Files.isRegularFile(path)) {
                problems.error(SourcePos.file(file), "the interface strings for `" + lang + "` are missing",
                        "create " + file + " with every key of " + display + "i18n/" + languages.get(0) + ".yaml");
                continue;
            }
            Optional<YNode> root = TextReader.read(path, file, problems)
                    .flatMap(t -> YamlReader.read(t.text(), file, 1, problems));
            Map<String, String> strings = new TreeMap<>();
            if (root.isPresent() && root.get() instanceof YMap map) {
                for (YMap.Entry e : map.entries().values()) {
                    if (e.value() instanceof YScalar s && !s.isNull()) {
                        strings.put(e.key(), s.value());
                    } else {
                        problems.error(e.keyPos(), "the string `" + e.key() + "` has no text",
                                "write `" + e.key() + ": …` with the text shown to readers");
                    }
                }
            } else if (root.isPresent()) {
                problems.error(SourcePos.of(file, 1, 1), "the file must be `key: text` lines",
                        "write one `key: text` per line");
            }
            all.put(lang, strings);
        }
        Map<String, String> base = all.getOrDefault(languages.get(0), Map.of());
        for (String lang : languages.subList(1, languages.size())) {
            Map<String, String> other = all.get(lang);
            if (other == null) continue;
            String file = display + "i18n/" + lang + ".yaml";
            for (String key : base.keySet()) {
                if (!other.containsKey(key)) {
                    problems.error(SourcePos.of(file, 1, 1), "the string `" + key + "` is missing for `" + lang + "`",
                            "add `" + key + ": …` with the translation of \"" + base.get(key) + "\"");
                }
            }
            for (String key : other.keySet()) {
                if (!base.containsKey(key)) {
                    problems.warning(SourcePos.of(file, 1, 1), "the string `" + key + "` is not in "
                            + languages.get(0) + ".yaml", "remove it, or add it to " + languages.get(0) + ".yaml too");
                }
            }
        }
        return new Messages(all);
    }
}
