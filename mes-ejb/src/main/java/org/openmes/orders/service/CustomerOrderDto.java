package org.openmes.orders.service;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.openmes.orders.model.CustomerOrderStatus;

/** A customer order with its lines (each naming the manufacturing order that makes it, if any). */
public record CustomerOrderDto(Long id, String number, Long customerId, String customerCode, String customerName,
                               Long quoteId, String quoteNumber, String customerPoNumber, CustomerOrderStatus status,
                               List<CustomerOrderLineDto> lines, long version, OffsetDateTime createdAt,
                               String createdBy) implements Serializable {
}
