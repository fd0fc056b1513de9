package org.openmes.orders.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A shipment of a customer order, as its packing list shows it: the order and customer, the customer's PO
 * numbers, ship date, carrier, tracking number, and per line the part, what was ordered, what this shipment
 * carries, and what has been shipped of the line so far (this shipment and all before and after it).
 */
public record ShipmentDto(Long id, String number, Long orderId, String orderNumber, String customerCode,
                          String customerName, List<String> customerPoNumbers, LocalDate shipDate, String carrier,
                          String trackingNumber, List<Line> lines, OffsetDateTime createdAt, String createdBy)
        implements Serializable {

    /** A line of the packing list. */
    public record Line(int lineNo, Long partId, String partNumber, String partDescription, BigDecimal orderedQuantity,
                       BigDecimal quantity, BigDecimal shippedToDate) implements Serializable {
    }
}
