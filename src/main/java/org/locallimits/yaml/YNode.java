package org.locallimits.yaml;

import org.locallimits.diag.SourcePos;

/**
 * A YAML value with the position it was written at. The tree is immutable; scalars stay text so that the typed
 * content layer decides what a value means (no implicit dates, floats or "Norway" booleans).
 */
public sealed interface YNode permits YScalar, YList, YMap {
    SourcePos pos();

    /** A word for the kind of value, for messages ("a list", "text"). */
    String kind();
}
