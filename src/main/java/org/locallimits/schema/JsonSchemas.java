package org.locallimits.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locallimits.content.ContentKinds;
import org.locallimits.content.FieldSpec;
import org.locallimits.content.Vocabulary;
import org.locallimits.render.Json;

/**
 * JSON Schemas (draft 2020-12) for each content kind, generated from {@link ContentKinds} and the current
 * vocabulary, so that editors' tools (for example the YAML language server) autocomplete the same fields and
 * values the build accepts. Stateless.
 */
public final class JsonSchemas {
    private static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private JsonSchemas() {
    }

    /** Schema file name → JSON text, for every kind. */
    public static Map<String, String> all(Vocabulary vocabulary) {
        Map<String, String> out = new LinkedHashMap<>();
        ContentKinds.all().forEach((kind, fields) -> out.put(kind + ".schema.json",
                Json.write(document(kind, fields, vocabulary))));
        return out;
    }

    private static Map<String, Object> document(String kind, List<FieldSpec> fields, Vocabulary vocabulary) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", kind + ".schema.json");
        schema.put("title", "Local Limits: " + kind + (kind.equals("source") || kind.equals("site") ? ""
                : " front matter"));
        Map<String, Object> object = object(fields, vocabulary);
        if (kind.equals("source")) {
            schema.put("type", "array");
            schema.put("items", object);
        } else {
            schema.putAll(object);
        }
        return schema;
    }

    private static Map<String, Object> object(List<FieldSpec> fields, Vocabulary vocabulary) {
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (FieldSpec f : fields) {
            props.put(f.name(), property(f, vocabulary));
            if (f.required()) required.add(f.name());
        }
        return closedObject(props, required);
    }

    /** A JSON Schema object with exactly these properties, the listed ones required (shared by the data schemas). */
    public static Map<String, Object> closedObject(Map<String, Object> properties, List<String> required) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "object");
        o.put("properties", properties);
        o.put("required", required);
        o.put("additionalProperties", false);
        return o;
    }

    private static Map<String, Object> property(FieldSpec f, Vocabulary vocabulary) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("description", f.description());
        switch (f.type()) {
            case "date" -> {
                p.put("type", "string");
                p.put("format", "date");
                p.put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
            }
            case "id" -> {
                p.put("type", "string");
                if (!f.vocabulary().isEmpty()) p.put("enum", vocabulary.ids(f.vocabulary()));
                else p.put("pattern", ID_PATTERN);
            }
            case "ids" -> {
                p.put("type", "array");
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("type", "string");
                item.put("pattern", ID_PATTERN);
                p.put("items", item);
            }
            case "url" -> {
                p.put("type", "string");
                p.put("format", "uri");
                p.put("pattern", "^https?://");
            }
            case "boolean" -> p.put("type", "boolean");
            case "list" -> {
                p.put("type", "array");
                p.put("items", object(f.items(), vocabulary));
            }
            case "object" -> p.putAll(object(f.items(), vocabulary));
            default -> {
                p.put("type", "string");
                p.put("minLength", 1);
            }
        }
        return p;
    }
}
