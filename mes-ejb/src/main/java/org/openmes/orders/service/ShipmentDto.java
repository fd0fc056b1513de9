package org.openmes.orders.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A shipment of a customer order, as its packing list shows it: the order and customer, the customer's PO
 * numbers, ship date, carrier, tracking number, the ship-to address (null when the customer had none), and per line the part, what was ordered, what this shipment
 * carries, and what has been shipped of the line so far (this shipment and all before and after it).
 */
public record ShipmentDto(Long id, String number, Long orderId, String orderNumber, String customerCode,
                          String customerName, List<String> customerPoNumbers, LocalDate shipDate, String carrier,
                          String trackingNumber, ShipTo shipTo, List<Line> lines, OffsetDateTime createdAt, String createdBy)
        implements Serializable {

    /** The address the goods went to, as it was when they were shipped; {@code addressId} is the customer's address it came from. */
    public record ShipTo(Long addressId, String label, String street, String city, String postalCode, String countryCode)
            implements Serializable {

        /** "1 Mill Road, 12345 Springfield, US". */
        public String singleLine() {
            return street + ", " + (postalCode == null ? "" : postalCode + " ") + city + ", " + countryCode;
        }
    }

    /** A line of the packing list. */
    public record Line(int lineNo, Long partId, String partNumber, String partDescription, BigDecimal orderedQuantity,
                       BigDecimal quantity, BigDecimal shippedToDate) implements Serializable {
    }
}
