package org.locallimits.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locallimits.content.Jurisdiction;
import org.locallimits.model.SiteModel;

/**
 * JSON Schemas (draft 2020-12) for the JSON data files, generated from the column definitions and the current
 * vocabulary, so a schema can never drift from the file it describes. Stateless.
 */
public final class DataSchemas {
    static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private DataSchemas() {
    }

    /** The schema of {@code <name>.json}: the wrapper object and an array of rows under {@code name}. */
    static Map<String, Object> document(SiteModel model, String name, List<Column> columns) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", model.site().baseUrl() + OpenData.FOLDER + name + ".schema.json");
        schema.put("title", model.site().title() + ": " + name);
        schema.put("type", "object");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("title", Map.of("type", "string"));
        props.put("license", Map.of("type", "string"));
        props.put("as_of", string("date"));
        props.put("url", string("uri"));
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("type", "array");
        rows.put("items", row(model, columns));
        props.put(name, rows);
        schema.put("properties", props);
        schema.put("required", List.copyOf(props.keySet()));
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> row(SiteModel model, List<Column> columns) {
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Column c : columns) {
            props.put(c.name(), property(model, c));
            required.add(c.name());
        }
        return org.locallimits.schema.JsonSchemas.closedObject(props, required);
    }

    private static Map<String, Object> property(SiteModel model, Column c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("description", c.description());
        Map<String, Object> value = switch (c.kind()) {
            case "date" -> string("date");
            case "url" -> string("uri");
            case "id" -> id(model, c);
            case "ids" -> array(pattern(ID_PATTERN));
            case "urls" -> array(string("uri"));
            default -> new LinkedHashMap<>(Map.of("type", "string"));
        };
        if (c.optional()) value.put("type", List.of(value.get("type"), "null"));
        p.putAll(value);
        return p;
    }

    private static Map<String, Object> id(SiteModel model, Column c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "string");
        if (!c.terms().isEmpty()) p.put("enum", model.vocabulary().ids(c.terms()));
        else if (c.name().equals("level")) p.put("enum", Jurisdiction.LEVELS);
        else p.put("pattern", ID_PATTERN);
        return p;
    }

    private static Map<String, Object> pattern(String regex) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "string");
        p.put("pattern", regex);
        return p;
    }

    private static Map<String, Object> string(String format) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "string");
        p.put("format", format);
        if (format.equals("date")) p.put("pattern", DATE_PATTERN);
        return p;
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "array");
        p.put("items", items);
        return p;
    }
}
