package org.openmes.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * An operation of the order as one batch goes through it, with the time planned for the batch's quantity (setup
 * plus run time per unit × quantity). Execution records against these rows.
 */
@Entity
@Table(name = "mo_batch_operation")
public class MoBatchOperation extends OrdersEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private MoBatch batch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "operation_id", nullable = false, updatable = false)
    private MoOperation operation;

    @Column(name = "planned_minutes", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal plannedMinutes;

    protected MoBatchOperation() {
    }

    MoBatchOperation(MoBatch batch, MoOperation operation) {
        this.batch = batch;
        this.operation = operation;
        this.plannedMinutes = operation.plannedMinutes(batch.getQuantity());
    }

    public MoBatch getBatch() {
        return batch;
    }

    public MoOperation getOperation() {
        return operation;
    }

    public BigDecimal getPlannedMinutes() {
        return plannedMinutes;
    }
}
