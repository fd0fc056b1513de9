package org.openmes.orders.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openmes.common.Texts;

/**
 * One delivery received against a supplier purchase order: who received it, when, the supplier's delivery note,
 * and the quantity of each line. Made only by {@link SupplierPurchaseOrder#receive}; never changed. No stock is
 * booked by it yet (that comes with the inventory module).
 */
@Entity
@Table(name = "supplier_po_receipt")
public class SupplierPoReceipt extends OrdersEntity {
    public static final int MAX_DELIVERY_NOTE_LENGTH = 120;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "po_id", nullable = false, updatable = false)
    private SupplierPurchaseOrder purchaseOrder;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "received_by", nullable = false, updatable = false, length = 120)
    private String receivedBy;

    @Column(name = "delivery_note", updatable = false, length = MAX_DELIVERY_NOTE_LENGTH)
    private String deliveryNote;

    @OneToMany(mappedBy = "receipt", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<SupplierPoReceiptLine> lines = new ArrayList<>();

    protected SupplierPoReceipt() {
    }

    SupplierPoReceipt(SupplierPurchaseOrder purchaseOrder, OffsetDateTime receivedAt, String receivedBy, String deliveryNote) {
        this.purchaseOrder = purchaseOrder;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.deliveryNote = Texts.optional("deliveryNote", deliveryNote, MAX_DELIVERY_NOTE_LENGTH);
    }

    void add(SupplierPoLine line, BigDecimal quantity) {
        lines.add(new SupplierPoReceiptLine(this, line, quantity));
    }

    public SupplierPurchaseOrder getPurchaseOrder() {
        return purchaseOrder;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public String getDeliveryNote() {
        return deliveryNote;
    }

    public List<SupplierPoReceiptLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
