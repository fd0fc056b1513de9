package org.openmes.orders.model;

/** Life cycle of a batch of a manufacturing order: {@code PLANNED → RELEASED → IN_PROGRESS → COMPLETED}. */
public enum BatchStatus {
    PLANNED, RELEASED, IN_PROGRESS, COMPLETED
}
