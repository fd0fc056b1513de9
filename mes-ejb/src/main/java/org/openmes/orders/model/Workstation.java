package org.openmes.orders.model;

/**
 * Who confirms and where: the operator (the badge's person at a kiosk, or the signed-in user at a desk), the kiosk's
 * code and its place in the plant (both null away from a kiosk). The work center is the operation's own.
 */
public record Workstation(String operator, String kioskCode, Long nodeId) {
    public static final int MAX_OPERATOR_LENGTH = 120;

    public Workstation {
        if (operator == null || operator.isBlank() || operator.length() > MAX_OPERATOR_LENGTH) {
            throw new IllegalArgumentException("a confirmation needs an operator of 1 to " + MAX_OPERATOR_LENGTH
                    + " characters: " + operator);
        }
    }
}
