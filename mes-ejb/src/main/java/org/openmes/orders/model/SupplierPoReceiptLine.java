package org.openmes.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** How much of one supplier purchase order line a receipt brought in. */
@Entity
@Table(name = "supplier_po_receipt_line")
public class SupplierPoReceiptLine extends OrdersEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "receipt_id", nullable = false, updatable = false)
    private SupplierPoReceipt receipt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "po_line_id", nullable = false, updatable = false)
    private SupplierPoLine line;

    @Column(name = "quantity", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal quantity;

    protected SupplierPoReceiptLine() {
    }

    SupplierPoReceiptLine(SupplierPoReceipt receipt, SupplierPoLine line, BigDecimal quantity) {
        this.receipt = receipt;
        this.line = line;
        this.quantity = quantity;
    }

    public SupplierPoReceipt getReceipt() {
        return receipt;
    }

    public SupplierPoLine getLine() {
        return line;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }
}
