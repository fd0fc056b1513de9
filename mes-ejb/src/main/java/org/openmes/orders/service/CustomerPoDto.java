package org.openmes.orders.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A customer purchase order recorded against a customer order. */
public record CustomerPoDto(Long id, Long orderId, String orderNumber, Long customerId, String poNumber, LocalDate poDate,
                            String documentReference, OffsetDateTime createdAt, String createdBy) implements Serializable {
}
