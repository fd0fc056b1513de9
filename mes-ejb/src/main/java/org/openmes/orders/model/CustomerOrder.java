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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.Texts;
import org.openmes.customers.model.Customer;
import org.openmes.customers.model.PartnerAddress;

/**
 * What a customer ordered: made from an approved quote (line by line, due on the requested dates) and recorded with
 * the customer's own purchase order number when it has one. Fulfilment (see {@link CustomerOrderStatus}): ready to
 * ship once all its manufacturing is done ({@link #pendingManufacturing}), then shipped line by line.
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

    /**
     * What still keeps the order from being ready to ship, or empty when nothing does: every manufacturing order made
     * for it must be COMPLETED or CLOSED with every batch COMPLETED (a cancelled one means a line will never be
     * made). A COMPLETED batch has passed every quality check of its routing: a batch completes only once each of
     * its operations with a quality check has passed its inspection ({@link MoBatch#complete}), whether through
     * the workstation or the PPIC action, so "done" includes "passed quality". Lines of bought
     * parts have no manufacturing order and do not hold the order up (there is no stock to check them against yet).
     *
     * @param made the manufacturing orders of the order's lines
     */
    public static Optional<String> pendingManufacturing(Collection<ManufacturingOrder> made) {
        for (ManufacturingOrder mo : made) {
            if (mo.getStatus() != MoStatus.COMPLETED && mo.getStatus() != MoStatus.CLOSED) {
                return Optional.of(mo.getNumber() + " is " + mo.getStatus());
            }
            for (MoBatch batch : mo.getBatches()) {
                if (batch.getStatus() != BatchStatus.COMPLETED) {
                    return Optional.of(batch + " is " + batch.getStatus());
                }
            }
        }
        return Optional.empty();
    }

    /** OPEN → READY_TO_SHIP, refused (naming what is pending) while manufacturing is not done. */
    public void readyToShip(Collection<ManufacturingOrder> made) {
        if (status != CustomerOrderStatus.OPEN) {
            throw new ConflictException("status", "cannot make " + this + " ready to ship: it is " + status);
        }
        pendingManufacturing(made).ifPresent(pending -> {
            throw new ConflictException("manufacturingOrders", "cannot make " + this + " ready to ship: " + pending);
        });
        moveTo(CustomerOrderStatus.READY_TO_SHIP);
    }

    /**
     * Ships the given quantities of the order's lines (all that remains of every line when {@code shipped} is
     * empty): READY_TO_SHIP or PARTIALLY_SHIPPED → PARTIALLY_SHIPPED, or SHIPPED once every line is shipped in full.
     * A line is named by its number, at most once; more than remains of it is refused. The goods go to the customer's
     * address {@code shipToAddressId}, or to its first address (the one recorded first) when none is named; a customer
     * without any address gets a shipment without one.
     */
    public Shipment ship(String shipmentNumber, LocalDate shipDate, String carrier, String trackingNumber,
            Long shipToAddressId, List<LineQuantity> shipped) {
        if (status != CustomerOrderStatus.READY_TO_SHIP && status != CustomerOrderStatus.PARTIALLY_SHIPPED) {
            throw new ConflictException("status", "cannot ship " + this + ": it is " + status
                    + "; it must be READY_TO_SHIP or PARTIALLY_SHIPPED");
        }
        List<LineQuantity> wanted = shipped == null || shipped.isEmpty() ? everythingRemaining() : shipped;
        if (wanted.isEmpty()) {
            throw new ConflictException("lines", "nothing remains to ship of " + this);
        }
        Shipment shipment = new Shipment(shipmentNumber, this, shipDate, carrier, trackingNumber, shipTo(shipToAddressId));
        LineQuantity.bookEach(wanted, lines, this, CustomerOrderLine::checkShippable, (line, quantity) -> {
            line.ship(quantity);
            shipment.add(line, quantity);
        });
        moveTo(lines.stream().allMatch(l -> l.remainingQuantity().signum() == 0)
                ? CustomerOrderStatus.SHIPPED : CustomerOrderStatus.PARTIALLY_SHIPPED);
        return shipment;
    }

    /** The customer's address {@code addressId}, or its first one when null (null when it has none). */
    private PartnerAddress shipTo(Long addressId) {
        List<PartnerAddress> addresses = customer.getAddresses();
        if (addressId == null) {
            return addresses.isEmpty() ? null : addresses.get(0);
        }
        return addresses.stream().filter(a -> addressId.equals(a.getId())).findFirst()
                .orElseThrow(() -> new InvalidInputException("shipToAddressId", "address " + addressId
                        + " is not an address of customer " + customer.getCode()));
    }

    private List<LineQuantity> everythingRemaining() {
        return lines.stream().filter(l -> l.remainingQuantity().signum() > 0)
                .map(l -> new LineQuantity(l.getLineNo(), l.remainingQuantity())).toList();
    }

    private void moveTo(CustomerOrderStatus next) {
        status = next;
        markRowChanged();
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
