package org.openmes.orders.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One item of a PPIC action: a manufacturing order or one of its batches, and for completing it the good quantity
 * (for an order optional: the completed batches' sum).
 */
public class TaskRef implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the id names. */
    public enum Kind { MO, BATCH }

    @NotNull
    private Kind type;
    @NotNull
    private Long id;
    @DecimalMin("0")
    private BigDecimal completedQuantity;

    public TaskRef() {
    }

    public TaskRef(Kind type, Long id, BigDecimal completedQuantity) {
        this.type = type;
        this.id = id;
        this.completedQuantity = completedQuantity;
    }

    public Kind getType() { return type; }
    public void setType(Kind type) { this.type = type; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public BigDecimal getCompletedQuantity() { return completedQuantity; }
    public void setCompletedQuantity(BigDecimal completedQuantity) { this.completedQuantity = completedQuantity; }
}
