package org.openmes.kiosk.service;

import org.openmes.kiosk.model.PinCheck;

/**
 * The answer to an operator's badge and PIN at a kiosk. Accepted: who the operator is and where. Otherwise a message
 * for the kiosk screen that does not tell a wrong badge number from a wrong PIN.
 */
public record OperatorSignIn(PinCheck outcome, String principalName, String displayName, String kioskCode, String message) {

    public boolean accepted() {
        return outcome == PinCheck.ACCEPTED;
    }
}
