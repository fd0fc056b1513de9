package org.openmes.common;

import java.util.List;

/**
 * An all-or-nothing action over a selection was refused because at least one item failed; nothing was changed
 * (HTTP 409, or 400 when every failure is an input error). Carries the result of every item.
 */
public class SelectionRefusedException extends ConflictException {
    private static final long serialVersionUID = 1L;

    private final transient List<ItemResult> items;
    private final boolean inputErrorsOnly;

    /** @param inputErrorsOnly whether every failed item failed on its input (400) rather than on the state (409) */
    public SelectionRefusedException(String message, List<ItemResult> items, boolean inputErrorsOnly) {
        super("items", message);
        this.items = List.copyOf(items);
        this.inputErrorsOnly = inputErrorsOnly;
    }

    public List<ItemResult> getItems() {
        return items;
    }

    public boolean isInputErrorsOnly() {
        return inputErrorsOnly;
    }
}
