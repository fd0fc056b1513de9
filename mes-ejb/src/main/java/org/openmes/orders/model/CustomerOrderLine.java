package org.openmes.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A line of a customer order: part, quantity and price as quoted, due on the date the customer asked for. */
@Entity
@Table(name = "customer_order_line")
public class CustomerOrderLine extends PricedLine {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private CustomerOrder order;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    protected CustomerOrderLine() {
    }

    CustomerOrderLine(CustomerOrder order, QuoteLine quoted) {
        super(quoted.getLineNo(), quoted.getPartId(), quoted.getQuantity(), quoted.getUnitPrice());
        this.order = order;
        this.dueDate = quoted.getRequestedDate();
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}
