package org.openmes.orders.model;

/**
 * What an operator confirmed at a workstation: the start, a pause, the resumption, a partial completion (good and
 * scrap so far, the operation goes on) or the final completion (the last good and scrap, the operation is done).
 */
public enum ConfirmationKind {
    START, PAUSE, RESUME, PARTIAL, COMPLETE;

    /** Whether this kind carries good and scrap quantities. */
    public boolean reportsQuantities() {
        return this == PARTIAL || this == COMPLETE;
    }
}
