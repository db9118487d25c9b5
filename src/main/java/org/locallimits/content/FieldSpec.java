package org.locallimits.content;

import java.util.List;

/**
 * One field of a content kind: its name, JSON-Schema-like type, whether it is required, the vocabulary its values
 * come from (if any), a description and an example. The single definition behind validation (allowed and
 * required fields), the published JSON Schemas and the field reference in the editors' guide. Immutable.
 *
 * @param type       one of {@code text}, {@code date}, {@code id}, {@code ids}, {@code url}, {@code boolean},
 *                   {@code list} (of objects, see {@code items}) or {@code object} (see {@code items})
 * @param vocabulary the name of a vocabulary list in {@code vocabulary.yaml} whose ids are allowed, or empty
 */
public record FieldSpec(String name, String type, boolean required, String vocabulary, String description,
                        String example, List<FieldSpec> items) {
    public FieldSpec {
        items = List.copyOf(items);
    }

    static FieldSpec req(String name, String type, String description, String example) {
        return new FieldSpec(name, type, true, "", description, example, List.of());
    }

    static FieldSpec opt(String name, String type, String description, String example) {
        return new FieldSpec(name, type, false, "", description, example, List.of());
    }

    FieldSpec from(String vocabularyList) {
        return new FieldSpec(name, type, required, vocabularyList, description, example, items);
    }

    FieldSpec of(FieldSpec... children) {
        return new FieldSpec(name, type, required, vocabulary, description, example, List.of(children));
    }

    static List<String> names(List<FieldSpec> fields) {
        return fields.stream().map(FieldSpec::name).toList();
    }
}
