package org.openmes.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;

/** Base of the lines of quotes and customer orders: number in the document, part, quantity and unit price. */
@MappedSuperclass
public abstract class PricedLine extends OrdersEntity {

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "part_id", nullable = false, updatable = false)
    private Long partId;

    @Column(name = "quantity", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 14, scale = 4)
    private BigDecimal unitPrice;

    protected PricedLine() {
    }

    /** The values must be checked already. */
    protected PricedLine(int lineNo, Long partId, BigDecimal quantity, BigDecimal unitPrice) {
        this.lineNo = lineNo;
        this.partId = partId;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Long getPartId() {
        return partId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    /** Quantity × unit price. */
    public BigDecimal amount() {
        return quantity.multiply(unitPrice);
    }
}
