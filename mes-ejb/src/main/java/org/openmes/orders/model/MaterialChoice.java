package org.openmes.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The material an operator chose for a BOM line that leaves the choice to the operator ("operator's choice"),
 * for one operation of a batch: which variant, who chose it, at which kiosk, when. Whether the line leaves a choice
 * and the material is one of its variants is checked against the BOM by the service that records it; a correction
 * replaces the material (the audit trail keeps the earlier one).
 */
@Entity
@Table(name = "mo_material_choice")
public class MaterialChoice extends OrdersEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_operation_id", nullable = false, updatable = false)
    private MoBatchOperation batchOperation;

    @Column(name = "bom_line_id", nullable = false, updatable = false)
    private Long bomLineId;

    @Column(name = "material_part_id", nullable = false)
    private Long materialPartId;

    @Column(name = "chosen_by", nullable = false, length = Workstation.MAX_OPERATOR_LENGTH)
    private String chosenBy;

    @Column(name = "kiosk_code", length = 40)
    private String kioskCode;

    @Column(name = "chosen_at", nullable = false)
    private OffsetDateTime chosenAt;

    protected MaterialChoice() {
    }

    public MaterialChoice(MoBatchOperation batchOperation, long bomLineId, long materialPartId, Workstation at, Instant now) {
        this.batchOperation = batchOperation;
        this.bomLineId = bomLineId;
        record(materialPartId, at, now);
    }

    /** Chooses another material; choosing the same one again changes nothing. */
    public void change(long newMaterialPartId, Workstation at, Instant now) {
        if (!Objects.equals(materialPartId, newMaterialPartId)) {
            record(newMaterialPartId, at, now);
            markRowChanged();
        }
    }

    private void record(long material, Workstation at, Instant now) {
        this.materialPartId = material;
        this.chosenBy = at.operator();
        this.kioskCode = at.kioskCode();
        this.chosenAt = now.atOffset(ZoneOffset.UTC);
    }

    public MoBatchOperation getBatchOperation() {
        return batchOperation;
    }

    public Long getBomLineId() {
        return bomLineId;
    }

    public Long getMaterialPartId() {
        return materialPartId;
    }

    public String getChosenBy() {
        return chosenBy;
    }

    public String getKioskCode() {
        return kioskCode;
    }

    public OffsetDateTime getChosenAt() {
        return chosenAt;
    }
}
