package org.openmes.orders.model;

/**
 * Where a customer order stands: {@code OPEN → READY_TO_SHIP → PARTIALLY_SHIPPED → SHIPPED}. OPEN while its
 * manufacturing orders are being made; READY_TO_SHIP once every one of them is completed (every batch completed);
 * shipments take it to PARTIALLY_SHIPPED and, when every line is shipped in full, SHIPPED.
 */
public enum CustomerOrderStatus {
    OPEN, READY_TO_SHIP, PARTIALLY_SHIPPED, SHIPPED
}
