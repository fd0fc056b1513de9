package org.openmes.orders.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of a customer order; {@code manufacturingOrderId} null for a bought part; how much of it has been shipped. */
public record CustomerOrderLineDto(int lineNo, Long partId, String partNumber, BigDecimal quantity, BigDecimal unitPrice,
                                   LocalDate dueDate, Long manufacturingOrderId, String manufacturingOrderNumber,
                                   BigDecimal shippedQuantity) implements Serializable {
}
