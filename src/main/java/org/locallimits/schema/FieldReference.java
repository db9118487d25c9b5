package org.locallimits.schema;

import java.util.List;
import java.util.Map;
import org.locallimits.content.ContentKinds;
import org.locallimits.content.FieldSpec;
import org.locallimits.content.Vocabulary;

/**
 * The editors' guide's reference of every field (type, required, allowed values, example), generated from
 * {@link ContentKinds} and the vocabulary, as Markdown. Stateless.
 */
public final class FieldReference {
    public static final String START = "<!-- field-reference:start (generated; do not edit by hand) -->";
    public static final String END = "<!-- field-reference:end -->";

    private FieldReference() {
    }

    public static String markdown(Vocabulary vocabulary) {
        StringBuilder s = new StringBuilder(START).append("\n");
        for (Map.Entry<String, List<FieldSpec>> kind : ContentKinds.all().entrySet()) {
            s.append("\n### ").append(title(kind.getKey())).append("\n\n");
            s.append("| field | type | required | allowed values | example |\n|---|---|---|---|---|\n");
            for (FieldSpec f : kind.getValue()) {
                row(s, f.name(), f, vocabulary);
                for (FieldSpec item : f.items()) row(s, f.name() + "." + item.name(), item, vocabulary);
            }
        }
        return s.append("\n").append(END).toString();
    }

    private static void row(StringBuilder s, String name, FieldSpec f, Vocabulary vocabulary) {
        String allowed = f.vocabulary().isEmpty() ? f.description()
                : f.description() + " One of: " + String.join(", ", vocabulary.ids(f.vocabulary()).stream()
                        .map(id -> "`" + id + "`").toList()) + ".";
        s.append("| `").append(name).append("` | ").append(f.type()).append(" | ")
                .append(f.required() ? "yes" : "no").append(" | ").append(cell(allowed)).append(" | ")
                .append(cell("`" + f.example().replace("\n", "` `") + "`")).append(" |\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String title(String kind) {
        return switch (kind) {
            case "site" -> "content/site.yaml";
            case "source" -> "content/sources.yaml (each entry)";
            case "jurisdiction" -> "content/jurisdictions/<state>/<slug>.md (front matter)";
            case "measure" -> "content/measures/<slug>.md (front matter)";
            case "limit" -> "content/limits/<slug>.md (front matter)";
            default -> "content/pages/<slug>.md (front matter)";
        };
    }
}
