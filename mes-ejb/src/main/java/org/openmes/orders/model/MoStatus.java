package org.openmes.orders.model;

/**
 * Life cycle of a manufacturing order: {@code DRAFT → APPROVED → RELEASED → IN_PROGRESS → COMPLETED → CLOSED}, or
 * {@code CANCELLED} from DRAFT, APPROVED or RELEASED (nothing has been made yet).
 */
public enum MoStatus {
    DRAFT, APPROVED, RELEASED, IN_PROGRESS, COMPLETED, CLOSED, CANCELLED
}
