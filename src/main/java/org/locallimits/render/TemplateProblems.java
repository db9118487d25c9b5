package org.locallimits.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locallimits.diag.Problem;

/**
 * Folds the same template mistake met while rendering many pages into one problem ("… while rendering a.md and
 * 41 more pages"), so one typo in a layout does not print thousands of lines. Deterministic: the named page is the
 * first in sorted order. Stateless.
 */
final class TemplateProblems {
    private static final String MARK = " (while rendering ";

    private TemplateProblems() {
    }

    static List<Problem> merge(List<Problem> sorted) {
        Map<String, List<Problem>> groups = new LinkedHashMap<>();
        for (Problem p : sorted) {
            int at = p.message().indexOf(MARK);
            String key = p.pos() + "|" + (at < 0 ? p.message() : p.message().substring(0, at));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<Problem> out = new ArrayList<>();
        for (List<Problem> group : groups.values()) {
            // Named after the first page made from a content file; outputs made from none (the site's feed) count.
            Problem first = group.stream().filter(p -> p.message().contains(MARK) && p.message().endsWith(")"))
                    .findFirst().orElse(group.get(0));
            if (group.size() == 1 || !first.message().contains(MARK)) {
                out.addAll(group);
                continue;
            }
            String message = first.message().substring(0, first.message().length() - 1) + " and "
                    + (group.size() - 1) + " more page" + (group.size() == 2 ? "" : "s") + ")";
            out.add(new Problem(first.severity(), first.pos(), message, first.hint()));
        }
        return out;
    }
}
