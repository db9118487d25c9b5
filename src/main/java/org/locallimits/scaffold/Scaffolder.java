package org.locallimits.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.locallimits.content.Vocabulary;

/**
 * {@code explainer new}: writes a new content file from a scaffold in {@code templates/_new/}, filling
 * {@code {{name}}} placeholders with YAML-quoted values. Never overwrites a file. Stateless apart from its folders.
 */
public final class Scaffolder {
    private final Path content;
    private final Path templates;

    public Scaffolder(Path content, Path templates) {
        this.content = content;
        this.templates = templates;
    }

    /** A file was written, or the reason it was not. */
    public record Outcome(boolean written, Path path, String message) {
    }

    /** A URL-safe id from a title: "Cook County's Order #1" → {@code cook-countys-order-1}. */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 60) s = s.substring(0, 60).replaceAll("-+$", "");
        return s.isEmpty() ? "untitled" : s;
    }

    /** Quotes a value for YAML so that any text (colons, quotes, `#`) stays a plain string. */
    public static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public Outcome newFile(String kind, Path target, Map<String, String> values, Vocabulary vocabulary)
            throws IOException {
        if (Files.exists(target)) {
            return new Outcome(false, target, target + " already exists; choose another --slug or edit that file");
        }
        String text = fill(read(kind + ".md"), values, vocabulary);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return new Outcome(true, target, "created " + target + "; fill in the empty fields, then run check");
    }

    /** Appends a source entry to {@code sources.yaml}, refusing an id that is already there. */
    public Outcome newSource(Map<String, String> values, Vocabulary vocabulary) throws IOException {
        Path sources = content.resolve("sources.yaml");
        String existing = Files.exists(sources) ? Files.readString(sources) : "";
        if (existing.contains("\n- id: " + values.get("id") + "\n") || existing.startsWith("- id: " + values.get("id") + "\n")) {
            return new Outcome(false, sources, "a source with the id `" + values.get("id")
                    + "` already exists in " + sources + "; pass a different --id");
        }
        String entry = fill(read("source.yaml"), values, vocabulary);
        String separator = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        Files.writeString(sources, existing + separator + entry, StandardCharsets.UTF_8);
        return new Outcome(true, sources, "added `" + values.get("id") + "` to " + sources
                + "; fill in publisher, date and kind, then run check");
    }

    private String read(String name) throws IOException {
        return Files.readString(templates.resolve("_new").resolve(name), StandardCharsets.UTF_8);
    }

    private static String fill(String text, Map<String, String> values, Vocabulary vocabulary) {
        String out = text.replace("{{today}}", LocalDate.now().toString());
        for (String list : Vocabulary.NAMES) {
            out = out.replace("{{" + list + "}}", String.join(" | ", vocabulary.ids(list)));
        }
        for (Map.Entry<String, String> e : values.entrySet()) out = out.replace("{{" + e.getKey() + "}}", e.getValue());
        return out;
    }
}
