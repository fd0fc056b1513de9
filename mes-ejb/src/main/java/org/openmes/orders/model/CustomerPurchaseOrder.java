package org.openmes.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.openmes.common.InvalidInputException;
import org.openmes.common.Texts;
import org.openmes.customers.model.Customer;

/**
 * A purchase order the customer sent for a customer order: its number (unique per customer), its date and a
 * reference to the document received (file name, mail id, EDI message). Recorded, never changed.
 */
@Entity
@Table(name = "customer_purchase_order")
public class CustomerPurchaseOrder extends OrdersEntity {
    public static final int MAX_DOCUMENT_REFERENCE_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private CustomerOrder order;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "po_number", nullable = false, updatable = false, length = CustomerOrder.MAX_PO_NUMBER_LENGTH)
    private String poNumber;

    @Column(name = "po_date", nullable = false, updatable = false)
    private LocalDate poDate;

    @Column(name = "document_reference", updatable = false, length = MAX_DOCUMENT_REFERENCE_LENGTH)
    private String documentReference;

    protected CustomerPurchaseOrder() {
    }

    public CustomerPurchaseOrder(CustomerOrder order, String poNumber, LocalDate poDate, String documentReference) {
        if (poDate == null) {
            throw new InvalidInputException("poDate", "is required");
        }
        this.order = order;
        this.customer = order.getCustomer();
        this.poNumber = Texts.required("poNumber", poNumber, CustomerOrder.MAX_PO_NUMBER_LENGTH);
        this.poDate = poDate;
        this.documentReference = Texts.optional("documentReference", documentReference, MAX_DOCUMENT_REFERENCE_LENGTH);
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getPoNumber() {
        return poNumber;
    }

    public LocalDate getPoDate() {
        return poDate;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    @Override
    public String toString() {
        return "customer PO " + poNumber;
    }
}
