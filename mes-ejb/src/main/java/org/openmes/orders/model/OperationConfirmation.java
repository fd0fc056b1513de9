package org.openmes.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One confirmation of an operation of a batch at a workstation: what (start, pause, resume, partial or final
 * completion, with the good and scrap units it reports), who, at which kiosk and work center, when. Made only by
 * {@link MoBatchOperation}, which applies it; never changed afterwards (the table refuses updates and deletes).
 */
@Entity
@Table(name = "mo_operation_confirmation")
public class OperationConfirmation extends OrdersEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_operation_id", nullable = false, updatable = false)
    private MoBatchOperation batchOperation;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private ConfirmationKind kind;

    @Column(name = "good_quantity", updatable = false, precision = 14, scale = 3)
    private BigDecimal goodQuantity;

    @Column(name = "scrap_quantity", updatable = false, precision = 14, scale = 3)
    private BigDecimal scrapQuantity;

    @Column(name = "operator", nullable = false, updatable = false, length = Workstation.MAX_OPERATOR_LENGTH)
    private String operator;

    @Column(name = "kiosk_code", updatable = false, length = 40)
    private String kioskCode;

    @Column(name = "workstation_node_id", updatable = false)
    private Long workstationNodeId;

    @Column(name = "work_center_id", nullable = false, updatable = false)
    private Long workCenterId;

    @Column(name = "confirmed_at", nullable = false, updatable = false)
    private OffsetDateTime confirmedAt;

    protected OperationConfirmation() {
    }

    OperationConfirmation(MoBatchOperation batchOperation, ConfirmationKind kind, BigDecimal good, BigDecimal scrap,
            Workstation at, Instant now) {
        this.batchOperation = batchOperation;
        this.kind = kind;
        this.goodQuantity = good;
        this.scrapQuantity = scrap;
        this.operator = at.operator();
        this.kioskCode = at.kioskCode();
        this.workstationNodeId = at.nodeId();
        this.workCenterId = batchOperation.getOperation().getWorkCenterId();
        this.confirmedAt = now.atOffset(ZoneOffset.UTC);
    }

    public MoBatchOperation getBatchOperation() {
        return batchOperation;
    }

    public ConfirmationKind getKind() {
        return kind;
    }

    public BigDecimal getGoodQuantity() {
        return goodQuantity;
    }

    public BigDecimal getScrapQuantity() {
        return scrapQuantity;
    }

    public String getOperator() {
        return operator;
    }

    public String getKioskCode() {
        return kioskCode;
    }

    public Long getWorkstationNodeId() {
        return workstationNodeId;
    }

    public Long getWorkCenterId() {
        return workCenterId;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }
}
