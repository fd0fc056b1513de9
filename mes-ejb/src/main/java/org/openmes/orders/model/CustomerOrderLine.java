package org.openmes.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of a customer order: part, quantity and price as quoted, due on the date the customer asked for. */
@Entity
@Table(name = "customer_order_line")
public class CustomerOrderLine extends OrdersEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private CustomerOrder order;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "part_id", nullable = false, updatable = false)
    private Long partId;

    @Column(name = "quantity", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 14, scale = 4)
    private BigDecimal unitPrice;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    protected CustomerOrderLine() {
    }

    CustomerOrderLine(CustomerOrder order, QuoteLine quoted) {
        this.order = order;
        this.lineNo = quoted.getLineNo();
        this.partId = quoted.getPartId();
        this.quantity = quoted.getQuantity();
        this.unitPrice = quoted.getUnitPrice();
        this.dueDate = quoted.getRequestedDate();
    }

    public CustomerOrder getOrder() {
        return order;
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

    public LocalDate getDueDate() {
        return dueDate;
    }
}
