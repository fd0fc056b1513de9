package org.openmes.orders.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openmes.common.Texts;
import org.openmes.customers.model.Customer;

/**
 * What a customer ordered: made from an approved quote (line by line, due on the requested dates) and recorded with
 * the customer's own purchase order number when it has one.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder extends OrdersEntity {
    public static final int MAX_PO_NUMBER_LENGTH = 60;

    @Column(name = "number", nullable = false, updatable = false, length = Texts.MAX_CODE_LENGTH)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "quote_id", updatable = false)
    private Quote quote;

    @Column(name = "customer_po_number", length = MAX_PO_NUMBER_LENGTH)
    private String customerPoNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CustomerOrderStatus status;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<CustomerOrderLine> lines = new ArrayList<>();

    protected CustomerOrder() {
    }

    /** The order an approved quote becomes, with one line per quote line, due on the line's requested date. */
    public CustomerOrder(String number, Quote approved, String customerPoNumber) {
        this.number = Texts.code("number", number);
        this.customer = approved.getCustomer();
        this.quote = approved;
        this.customerPoNumber = Texts.optional("customerPoNumber", customerPoNumber, MAX_PO_NUMBER_LENGTH);
        this.status = CustomerOrderStatus.OPEN;
        for (QuoteLine line : approved.getLines()) {
            lines.add(new CustomerOrderLine(this, line));
        }
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Quote getQuote() {
        return quote;
    }

    public String getCustomerPoNumber() {
        return customerPoNumber;
    }

    public CustomerOrderStatus getStatus() {
        return status;
    }

    public List<CustomerOrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    @Override
    public String toString() {
        return "customer order " + number;
    }
}
