package org.openmes.orders.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.openmes.orders.model.SupplierPoStatus;

/**
 * A supplier purchase order with its lines (ordered, received, outstanding) and receipts (who, when, what); list
 * rows carry neither lines nor receipts.
 */
public record SupplierPoDto(Long id, String number, Long supplierId, String supplierCode, String supplierName,
                            SupplierPoStatus status, String notes, BigDecimal total, OffsetDateTime sentAt,
                            OffsetDateTime lastReceivedAt, List<Line> lines, List<Receipt> receipts, long version,
                            OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy)
        implements Serializable {

    /** A line: what was ordered, at what price, by when, and how much of it has been received. */
    public record Line(int lineNo, Long partId, String partNumber, String partDescription, BigDecimal quantity,
                       BigDecimal unitPrice, LocalDate dueDate, BigDecimal receivedQuantity,
                       BigDecimal outstandingQuantity, BigDecimal amount) implements Serializable {
    }

    /** A delivery received: who, when, the supplier's delivery note and the quantity per line. */
    public record Receipt(Long id, OffsetDateTime receivedAt, String receivedBy, String deliveryNote,
                          List<QuantityLine> lines) implements Serializable {
    }
}
