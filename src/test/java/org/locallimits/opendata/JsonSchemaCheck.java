package org.locallimits.opendata;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * For the tests: reads JSON (through SnakeYAML's safe loader; JSON as written here is a subset of YAML) and checks a
 * value against the subset of JSON Schema 2020-12 the data schemas use: type (one or a list), properties, required,
 * additionalProperties false, items, enum, pattern, and the formats date and uri. Unknown keywords fail, so a
 * schema cannot silently say more than is checked.
 */
final class JsonSchemaCheck {
    private static final List<String> KNOWN = List.of("$schema", "$id", "title", "description", "type", "properties",
            "required", "additionalProperties", "items", "enum", "pattern", "format");

    private JsonSchemaCheck() {
    }

    static Object parse(String json) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
    }

    static List<String> violations(Object value, Map<?, ?> schema) {
        List<String> out = new ArrayList<>();
        check(value, schema, "$", out);
        return out;
    }

    private static void check(Object v, Map<?, ?> s, String at, List<String> out) {
        for (Object k : s.keySet()) if (!KNOWN.contains(k)) out.add(at + ": schema keyword " + k + " not supported");
        Object type = s.get("type");
        if (type != null) {
            List<?> types = type instanceof List<?> l ? l : List.of(type);
            if (types.stream().noneMatch(t -> is(v, (String) t))) {
                out.add(at + ": " + v + " is not of type " + types);
                return;
            }
        }
        if (v == null) return;
        if (s.containsKey("enum") && !((List<?>) s.get("enum")).contains(v)) out.add(at + ": " + v + " not in enum");
        if (v instanceof String str) {
            if (s.containsKey("pattern") && !java.util.regex.Pattern.compile((String) s.get("pattern")).matcher(str)
                    .find()) {
                out.add(at + ": " + str + " does not match " + s.get("pattern"));
            }
            if ("date".equals(s.get("format"))) {
                try {
                    LocalDate.parse(str);
                } catch (RuntimeException e) {
                    out.add(at + ": " + str + " is not a date");
                }
            }
            if ("uri".equals(s.get("format"))) {
                try {
                    if (!new URI(str).isAbsolute()) out.add(at + ": " + str + " is not an absolute URI");
                } catch (java.net.URISyntaxException e) {
                    out.add(at + ": " + str + " is not a URI");
                }
            }
        }
        if (v instanceof Map<?, ?> m) {
            Map<?, ?> props = s.get("properties") instanceof Map<?, ?> p ? p : Map.of();
            if (s.get("required") instanceof List<?> req) {
                req.stream().filter(r -> !m.containsKey(r)).forEach(r -> out.add(at + ": missing " + r));
            }
            for (var e : m.entrySet()) {
                if (props.containsKey(e.getKey())) {
                    check(e.getValue(), (Map<?, ?>) props.get(e.getKey()), at + "." + e.getKey(), out);
                } else if (Boolean.FALSE.equals(s.get("additionalProperties"))) {
                    out.add(at + ": unexpected " + e.getKey());
                }
            }
        }
        if (v instanceof List<?> l && s.get("items") instanceof Map<?, ?> items) {
            for (int i = 0; i < l.size(); i++) check(l.get(i), items, at + "[" + i + "]", out);
        }
    }

    private static boolean is(Object v, String type) {
        return switch (type) {
            case "null" -> v == null;
            case "string" -> v instanceof String;
            case "array" -> v instanceof List<?>;
            case "object" -> v instanceof Map<?, ?>;
            case "boolean" -> v instanceof Boolean;
            case "integer" -> v instanceof Integer || v instanceof Long;
            default -> false;
        };
    }
}
