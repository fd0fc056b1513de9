package org.openmes.common;

import java.io.Serializable;

/**
 * The outcome of one item of an action over a selection (a bulk action): which item, whether it passed, and if not
 * the field at fault and why. An all-or-nothing action refused because of some items lists every item this way, the
 * ones that passed included, so the caller sees what would have happened to each.
 */
public record ItemResult(String item, boolean passed, String field, String reason) implements Serializable {

    public static ItemResult passed(String item) {
        return new ItemResult(item, true, null, null);
    }

    public static ItemResult failed(String item, String field, String reason) {
        return new ItemResult(item, false, field, reason);
    }
}
