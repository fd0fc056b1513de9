package org.openmes.orders.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Input: a supplier purchase order as a draft is written — supplier, notes, lines — with the version seen when changing one. */
public class SupplierPoDraft implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long supplierId;
    private String notes;
    private List<Line> lines = new ArrayList<>();
    private Long version;

    /** Input: a line — part, quantity, unit price, due date. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long partId;
        private BigDecimal quantity;
        private BigDecimal unitPrice;
        private LocalDate dueDate;

        public Long getPartId() { return partId; }
        public void setPartId(Long partId) { this.partId = partId; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
        public BigDecimal getUnitPrice() { return unitPrice; }
        public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
        public LocalDate getDueDate() { return dueDate; }
        public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    }

    public Long getSupplierId() { return supplierId; }
    public void setSupplierId(Long supplierId) { this.supplierId = supplierId; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
