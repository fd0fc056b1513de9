package org.openmes.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.openmes.common.InvalidInputException;

/**
 * A line of a supplier purchase order: part, quantity, unit price, due date, and how much of it has been received
 * (never more than ordered: an over-receipt is refused). A draft replaces its lines; receipts add to the received
 * quantity.
 */
@Entity
@Table(name = "supplier_po_line")
public class SupplierPoLine extends PricedLine {

    /** What a line is made of, as the input gives it; checked when the line is built. */
    public record Spec(Long partId, BigDecimal quantity, BigDecimal unitPrice, LocalDate dueDate) {
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "po_id", nullable = false, updatable = false)
    private SupplierPurchaseOrder purchaseOrder;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "received_quantity", nullable = false, precision = 14, scale = 3)
    private BigDecimal receivedQuantity = BigDecimal.ZERO;

    protected SupplierPoLine() {
    }

    /** @param field the input path of the line, such as {@code lines[2]}, for messages */
    SupplierPoLine(SupplierPurchaseOrder purchaseOrder, int lineNo, Spec spec, String field) {
        super(lineNo, checked(spec, field).partId(), Quantities.positive(field + ".quantity", spec.quantity()),
                Quantities.price(field + ".unitPrice", spec.unitPrice()));
        this.purchaseOrder = purchaseOrder;
        this.dueDate = spec.dueDate();
    }

    private static Spec checked(Spec spec, String field) {
        if (spec == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        if (spec.partId() == null) {
            throw new InvalidInputException(field + ".partId", "is required");
        }
        if (spec.dueDate() == null) {
            throw new InvalidInputException(field + ".dueDate", "is required");
        }
        return spec;
    }

    /** Refuses, on {@code field}, to receive more than is outstanding. */
    void checkReceivable(BigDecimal quantity, String field) {
        if (quantity.compareTo(outstandingQuantity()) > 0) {
            throw new InvalidInputException(field, "cannot receive " + Quantities.plain(quantity) + " on line "
                    + getLineNo() + " of " + purchaseOrder + ": only " + Quantities.plain(outstandingQuantity())
                    + " of " + Quantities.plain(getQuantity()) + " are outstanding");
        }
    }

    /** Adds {@code quantity} (checked by {@link #checkReceivable}) to what was received. */
    void receive(BigDecimal quantity) {
        receivedQuantity = receivedQuantity.add(quantity);
        markRowChanged();
    }

    /** Ordered less received. */
    public BigDecimal outstandingQuantity() {
        return getQuantity().subtract(receivedQuantity);
    }

    public SupplierPurchaseOrder getPurchaseOrder() {
        return purchaseOrder;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getReceivedQuantity() {
        return receivedQuantity;
    }
}
