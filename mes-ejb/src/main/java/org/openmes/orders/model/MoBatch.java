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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;

/**
 * A part of a manufacturing order's quantity that moves through the shop together, carrying every operation of the
 * order. Life cycle {@code PLANNED → RELEASED → IN_PROGRESS → COMPLETED}; its transitions go through the order
 * ({@link ManufacturingOrder#releaseBatch}, …), which keeps its own state in step. It completes only once every
 * operation with a quality check has passed its inspection.
 */
@Entity
@Table(name = "mo_batch")
public class MoBatch extends OrdersEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mo_id", nullable = false, updatable = false)
    private ManufacturingOrder order;

    @Column(name = "batch_no", nullable = false, updatable = false)
    private int batchNo;

    @Column(name = "quantity", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BatchStatus status;

    @Column(name = "completed_quantity", precision = 14, scale = 3)
    private BigDecimal completedQuantity;

    @OneToMany(mappedBy = "batch", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MoBatchOperation> operations = new ArrayList<>();

    protected MoBatch() {
    }

    MoBatch(ManufacturingOrder order, int batchNo, BigDecimal quantity) {
        this.order = order;
        this.batchNo = batchNo;
        this.quantity = quantity;
        this.status = BatchStatus.PLANNED;
        for (MoOperation operation : order.getOperations()) {
            operations.add(new MoBatchOperation(this, operation));
        }
    }

    void release() {
        require(BatchStatus.PLANNED, "release");
        moveTo(BatchStatus.RELEASED);
    }

    void start() {
        require(BatchStatus.RELEASED, "start");
        moveTo(BatchStatus.IN_PROGRESS);
    }

    /**
     * IN_PROGRESS → COMPLETED with {@code good} units; refused (409 on {@code inspection}) while an operation with a
     * quality check has not passed its inspection, so that no way of completing a batch (also the PPIC action, which
     * does not go through the operations) lets units past a quality check.
     */
    void complete(BigDecimal good) {
        require(BatchStatus.IN_PROGRESS, "complete");
        BigDecimal checked = Quantities.notNegative("completedQuantity", good);
        if (checked.compareTo(quantity) > 0) {
            throw new InvalidInputException("completedQuantity", "cannot complete " + checked.stripTrailingZeros().toPlainString()
                    + " of " + this + ": only " + quantity.stripTrailingZeros().toPlainString() + " were released");
        }
        uninspected().ifPresent(operation -> {
            throw new ConflictException("inspection", "cannot complete " + this + ": " + operation.label()
                    + " has a quality check and is " + operation.getStatus().label() + "; its inspection must pass it first");
        });
        completedQuantity = checked;
        moveTo(BatchStatus.COMPLETED);
    }

    /** The first operation with a quality check not yet passed by its inspection (not COMPLETED), if any. */
    public Optional<MoBatchOperation> uninspected() {
        return operations.stream().filter(o -> o.getOperation().isQualityCheck() && o.getStatus() != OperationStatus.COMPLETED)
                .min(Comparator.comparingInt(o -> o.getOperation().getSequence()));
    }

    private void require(BatchStatus expected, String action) {
        if (status != expected) {
            throw new ConflictException("status", "cannot " + action + " " + this + ": it is " + status
                    + (expected == BatchStatus.PLANNED ? "" : "; it must be " + expected));
        }
    }

    private void moveTo(BatchStatus next) {
        status = next;
        markRowChanged();
    }

    public ManufacturingOrder getOrder() {
        return order;
    }

    public int getBatchNo() {
        return batchNo;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public BigDecimal getCompletedQuantity() {
        return completedQuantity;
    }

    public List<MoBatchOperation> getOperations() {
        return Collections.unmodifiableList(operations);
    }

    /** "batch 2 of MO-000014". */
    @Override
    public String toString() {
        return "batch " + batchNo + " of " + order.getNumber();
    }
}
