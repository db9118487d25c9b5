package org.locallimits.model;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.locallimits.content.Jurisdiction;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.diag.Suggestions;

/**
 * Checks the jurisdiction hierarchy: states have no parent and sit in their own folder; counties and cities have
 * an existing parent of a higher level, in the same state folder; no cycles. Reports problems; changes nothing.
 */
final class Hierarchy {
    private final SiteModel model;
    private final Problems problems;

    Hierarchy(SiteModel model, Problems problems) {
        this.model = model;
        this.problems = problems;
    }

    void check() {
        for (Jurisdiction j : model.content().jurisdictions()) {
            if (j.level().equals("state")) checkState(j);
            else if (!j.level().isEmpty()) checkLocal(j);
        }
    }

    private void checkState(Jurisdiction j) {
        j.parent().ifPresent(p -> problems.error(p.pos(), "a state has no parent jurisdiction",
                "delete the `parent:` line, or change `level` if this is not a state"));
        if (!j.slug().equals(j.stateFolder())) {
            problems.error(SourcePos.file(j.file()), "a state's file must be named after its folder",
                    "rename it to jurisdictions/" + j.stateFolder() + "/" + j.stateFolder()
                            + ".md, or move it to jurisdictions/" + j.slug() + "/");
        }
        if (j.postal().isEmpty()) {
            problems.error(SourcePos.of(j.file(), 2, 1), "a state is missing the required field `postal`",
                    "add `postal: XX` with the state's two-letter postal code (used by the map)");
        }
    }

    private void checkLocal(Jurisdiction j) {
        if (j.parent().isEmpty()) {
            problems.error(SourcePos.of(j.file(), 2, 1), "a " + j.level() + " needs a `parent` jurisdiction",
                    "add `parent: <id>` naming the county or state it belongs to");
            return;
        }
        String parentId = j.parent().get().id();
        Jurisdiction parent = model.jurisdictions().get(parentId);
        if (parent == null) {
            problems.error(j.parent().get().pos(), "unknown parent jurisdiction `" + parentId + "`",
                    Suggestions.hint(parentId, model.jurisdictions().keySet().stream().sorted().toList(),
                            "known jurisdictions"));
            return;
        }
        if (SiteModel.levelRank(parent.level()) >= SiteModel.levelRank(j.level())) {
            problems.error(j.parent().get().pos(), "a " + j.level() + " cannot belong to a " + parent.level()
                    + " (`" + parentId + "`)", "a city belongs to a county or a state; a county belongs to a state");
            return;
        }
        if (brokenChain(j)) return;
        Optional<Jurisdiction> top = topOf(j);
        if (top.isEmpty()) {
            problems.error(j.parent().get().pos(), "the parents of `" + j.slug() + "` go round in a circle",
                    "follow the `parent` fields and break the loop; the chain must end at a state");
        } else if (!top.get().slug().equals(j.stateFolder())) {
            problems.error(j.parent().get().pos(), "`" + j.slug() + "` is in the folder of `" + j.stateFolder()
                    + "` but belongs to `" + top.get().slug() + "`", "move the file to jurisdictions/"
                    + top.get().slug() + "/ or correct its `parent`");
        }
    }

    /** True when some ancestor names a parent that does not exist (already reported where it is written). */
    private boolean brokenChain(Jurisdiction j) {
        Set<String> seen = new HashSet<>();
        for (Jurisdiction cur = j; cur != null && seen.add(cur.slug()); ) {
            if (cur.parent().isEmpty()) return false;
            Jurisdiction next = model.jurisdictions().get(cur.parent().get().id());
            if (next == null) return true;
            cur = next;
        }
        return false;
    }

    private Optional<Jurisdiction> topOf(Jurisdiction j) {
        Set<String> seen = new HashSet<>();
        Jurisdiction cur = j;
        while (cur != null && seen.add(cur.slug())) {
            if (cur.parent().isEmpty()) return Optional.of(cur);
            cur = model.jurisdictions().get(cur.parent().get().id());
        }
        return Optional.empty();
    }
}
