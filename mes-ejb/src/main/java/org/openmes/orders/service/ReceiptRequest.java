package org.openmes.orders.service;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Input: a delivery received against a supplier purchase order — the supplier's delivery note and the quantity of each line — with the version of the order seen. */
public class ReceiptRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long version;
    private String deliveryNote;
    private List<QuantityLine> lines = new ArrayList<>();

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getDeliveryNote() { return deliveryNote; }
    public void setDeliveryNote(String deliveryNote) { this.deliveryNote = deliveryNote; }
    public List<QuantityLine> getLines() { return lines; }
    public void setLines(List<QuantityLine> lines) { this.lines = lines; }
}
