package org.openmes.orders.service;

import java.io.Serializable;
import java.math.BigDecimal;

/** Input: a quantity of a document's line, by its number (what to ship of a customer order line, what was received on a supplier PO line). */
public class QuantityLine implements Serializable {
    private static final long serialVersionUID = 1L;

    private Integer lineNo;
    private BigDecimal quantity;

    public QuantityLine() {
    }

    public QuantityLine(Integer lineNo, BigDecimal quantity) {
        this.lineNo = lineNo;
        this.quantity = quantity;
    }

    public Integer getLineNo() { return lineNo; }
    public void setLineNo(Integer lineNo) { this.lineNo = lineNo; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
}
