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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.Texts;
import org.openmes.customers.model.Supplier;

/**
 * An order to a supplier: lines (part, quantity, unit price, due date) and the receipts against them. Life cycle
 * (see {@link SupplierPoStatus}): only a draft's content changes; a draft with lines is sent; receipts move a sent
 * order to PARTIALLY_RECEIVED and, once every line is received in full, RECEIVED; a received (or short-closed,
 * partially received) order is closed; a draft or sent order may be cancelled. Every receipt assigns
 * {@code lastReceivedAt}, so two receipts at once collide on the version instead of both counting.
 */
@Entity
@Table(name = "supplier_purchase_order")
public class SupplierPurchaseOrder extends OrdersEntity {
    public static final int MAX_NOTES_LENGTH = 2000;
    public static final int MAX_LINES = 1000;

    @Column(name = "number", nullable = false, updatable = false, length = Texts.MAX_CODE_LENGTH)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false, updatable = false)
    private Supplier supplier;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SupplierPoStatus status;

    @Column(name = "notes", length = MAX_NOTES_LENGTH)
    private String notes;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_received_at")
    private OffsetDateTime lastReceivedAt;

    @OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<SupplierPoLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.ALL)
    @OrderBy("receivedAt")
    private List<SupplierPoReceipt> receipts = new ArrayList<>();

    protected SupplierPurchaseOrder() {
    }

    /** A DRAFT order to an active supplier. */
    public SupplierPurchaseOrder(String number, Supplier supplier, String notes) {
        if (supplier == null) {
            throw new InvalidInputException("supplierId", "is required");
        }
        if (!supplier.isActive()) {
            throw new ConflictException("supplierId", supplier + " is inactive");
        }
        this.number = Texts.code("number", number);
        this.supplier = supplier;
        this.notes = Texts.optional("notes", notes, MAX_NOTES_LENGTH);
        this.status = SupplierPoStatus.DRAFT;
    }

    /** Replaces the notes and the lines of a draft, the lines numbered 1, 2, … in the given order. */
    public void changeDraft(String newNotes, List<SupplierPoLine.Spec> newLines) {
        require("change", SupplierPoStatus.DRAFT);
        if (newLines == null) {
            throw new InvalidInputException("lines", "is required");
        }
        if (newLines.size() > MAX_LINES) {
            throw new InvalidInputException("lines", "a purchase order has at most " + MAX_LINES + " lines");
        }
        String checkedNotes = Texts.optional("notes", newNotes, MAX_NOTES_LENGTH);
        List<SupplierPoLine> built = new ArrayList<>(newLines.size());
        for (int i = 0; i < newLines.size(); i++) {
            built.add(new SupplierPoLine(this, i + 1, newLines.get(i), "lines[" + i + "]"));
        }
        if (!Objects.equals(checkedNotes, notes)) {
            notes = checkedNotes;
            markRowChanged();
        }
        lines.clear();
        lines.addAll(built);
    }

    /** DRAFT → SENT; needs lines. */
    public void send(OffsetDateTime now) {
        require("send", SupplierPoStatus.DRAFT);
        if (lines.isEmpty()) {
            throw new ConflictException("lines", "cannot send " + this + ": it has no lines");
        }
        sentAt = now;
        moveTo(SupplierPoStatus.SENT);
    }

    /** DRAFT or SENT → CANCELLED. */
    public void cancel() {
        require("cancel", SupplierPoStatus.DRAFT, SupplierPoStatus.SENT);
        moveTo(SupplierPoStatus.CANCELLED);
    }

    /** RECEIVED, or PARTIALLY_RECEIVED (closed short: the rest will not come) → CLOSED. */
    public void close() {
        require("close", SupplierPoStatus.RECEIVED, SupplierPoStatus.PARTIALLY_RECEIVED);
        moveTo(SupplierPoStatus.CLOSED);
    }

    /**
     * Records a delivery: the quantity of each named line, at most what is outstanding of it (an over-receipt is
     * refused naming the line's quantity; nothing of the delivery is recorded then). SENT or PARTIALLY_RECEIVED →
     * PARTIALLY_RECEIVED, or RECEIVED once every line is received in full.
     */
    public SupplierPoReceipt receive(OffsetDateTime at, String receivedBy, String deliveryNote, List<LineQuantity> received) {
        require("receive against", SupplierPoStatus.SENT, SupplierPoStatus.PARTIALLY_RECEIVED);
        if (received == null || received.isEmpty()) {
            throw new InvalidInputException("lines", "name at least one line and the quantity received");
        }
        SupplierPoReceipt receipt = new SupplierPoReceipt(this, at, receivedBy, deliveryNote);
        LineQuantity.bookEach(received, lines, this, SupplierPoLine::checkReceivable, (line, quantity) -> {
            line.receive(quantity);
            receipt.add(line, quantity);
        });
        receipts.add(receipt);
        lastReceivedAt = at;
        moveTo(lines.stream().allMatch(l -> l.outstandingQuantity().signum() == 0)
                ? SupplierPoStatus.RECEIVED : SupplierPoStatus.PARTIALLY_RECEIVED);
        return receipt;
    }

    public String getNumber() {
        return number;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public SupplierPoStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public OffsetDateTime getLastReceivedAt() {
        return lastReceivedAt;
    }

    public List<SupplierPoLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<SupplierPoReceipt> getReceipts() {
        return Collections.unmodifiableList(receipts);
    }

    @Override
    public String toString() {
        return "purchase order " + number;
    }

    private void require(String action, SupplierPoStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new ConflictException("status", "cannot " + action + " " + this + ": it is " + status
                    + "; it must be " + (allowed.length == 1 ? allowed[0] : "one of " + List.of(allowed)));
        }
    }

    private void moveTo(SupplierPoStatus next) {
        status = next;
        markRowChanged();
    }
}
