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
 * A line of a customer order: part, quantity and price as quoted, due on the date the customer asked for, and how
 * much of it has been shipped (never more than ordered).
 */
@Entity
@Table(name = "customer_order_line")
public class CustomerOrderLine extends PricedLine {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private CustomerOrder order;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "shipped_quantity", nullable = false, precision = 14, scale = 3)
    private BigDecimal shippedQuantity = BigDecimal.ZERO;

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

    public BigDecimal getShippedQuantity() {
        return shippedQuantity;
    }

    /** What is still to ship: ordered less shipped. */
    public BigDecimal remainingQuantity() {
        return getQuantity().subtract(shippedQuantity);
    }

    /** Refuses, on {@code field}, to ship more than remains. */
    void checkShippable(BigDecimal quantity, String field) {
        if (quantity.compareTo(remainingQuantity()) > 0) {
            throw new InvalidInputException(field, "cannot ship " + Quantities.plain(quantity) + " of line " + getLineNo()
                    + ": only " + Quantities.plain(remainingQuantity()) + " remain to ship");
        }
    }

    /** Adds {@code quantity} (checked by {@link #checkShippable}) to what was shipped. */
    void ship(BigDecimal quantity) {
        shippedQuantity = shippedQuantity.add(quantity);
        markRowChanged();
    }
}
