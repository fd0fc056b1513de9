package org.openmes.orders.model;

import java.util.Locale;

/**
 * Where one operation of a batch stands at its workstation: {@code QUEUED → IN_PROGRESS ⇄ PAUSED → COMPLETED}.
 * Partial completions (good and scrap reported while the work goes on) leave the state as it is; only the final
 * completion closes the operation. An operation whose routing step has a quality check goes from its final
 * completion to {@code AWAITING_INSPECTION} instead, and on to COMPLETED only with a passed inspection (or back to
 * PAUSED when the inspector sends units to rework), see {@link MoBatchOperation}.
 */
public enum OperationStatus {
    QUEUED, IN_PROGRESS, PAUSED, AWAITING_INSPECTION, COMPLETED;

    /** Shop-floor word for messages and pages: "in progress". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
