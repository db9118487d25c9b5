package org.locallimits.yaml;

import org.locallimits.diag.SourcePos;

/** A YAML scalar: its text, and whether it was written plain (unquoted), which matters only for {@code null}. */
public record YScalar(String value, boolean plain, SourcePos pos) implements YNode {

    /** True for an empty plain value, {@code ~} or {@code null}: a key written with nothing after it. */
    public boolean isNull() {
        return plain && (value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
                || value.equals("NULL"));
    }

    @Override
    public String kind() {
        return "text";
    }
}
