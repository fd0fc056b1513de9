package org.openmes.orders.model;

import java.util.Locale;

/**
 * Where one operation of a batch stands at its workstation: {@code QUEUED → IN_PROGRESS ⇄ PAUSED → COMPLETED}.
 * Partial completions (good and scrap reported while the work goes on) leave the state as it is; only the final
 * completion closes the operation.
 */
public enum OperationStatus {
    QUEUED, IN_PROGRESS, PAUSED, COMPLETED;

    /** Shop-floor word for messages and pages: "in progress". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
