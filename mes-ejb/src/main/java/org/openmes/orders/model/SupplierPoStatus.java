package org.openmes.orders.model;

/**
 * Life cycle of a supplier purchase order: {@code DRAFT → SENT → PARTIALLY_RECEIVED → RECEIVED → CLOSED};
 * {@code CANCELLED} from DRAFT or SENT (nothing received yet); a partially received order may be closed short
 * when the rest will not come.
 */
public enum SupplierPoStatus {
    DRAFT, SENT, PARTIALLY_RECEIVED, RECEIVED, CLOSED, CANCELLED
}
