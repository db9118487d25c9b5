package org.locallimits.yaml;

import java.util.List;
import org.locallimits.diag.SourcePos;

/** A YAML sequence. Immutable. */
public record YList(List<YNode> items, SourcePos pos) implements YNode {
    public YList {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "a list";
    }
}
