package org.openmes.quality.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.openmes.common.InvalidInputException;
import org.openmes.common.Texts;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.orders.model.MoBatchOperation;
import org.openmes.orders.model.Quantities;

/**
 * One inspection of the good units of a batch operation awaiting inspection (its routing step has a quality check
 * and the operator completed it): who inspected (the caller: a user, or an operator at a kiosk), when, what was
 * measured and noted, and the verdict on all units awaiting ({@code quantityInspected}):
 * <ul>
 * <li>PASS: every unit accepted ({@code quantityAccepted = quantityInspected}, nothing rejected, no defect); the
 * operation completes and its units pass on;
 * <li>FAIL: {@code quantityRejected} units (1 to all) are scrapped, naming the defect; the rest still await a PASS;
 * <li>REWORK: {@code quantityRejected} units (1 to all) go back to the operation for rework, naming the defect; the
 * operation is reopened and awaits inspection again after the operator's next completion.
 * </ul>
 * Made only through the constructor, which applies the verdict to the operation; never changed afterwards (the
 * table refuses updates and deletes).
 */
@Entity
@Table(name = "quality_inspection")
public class QualityInspection extends AuditedEntity {
    public static final int MAX_DEFECT_LENGTH = 200;
    public static final int MAX_MEASUREMENT_LENGTH = 200;
    public static final int MAX_NOTES_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_operation_id", nullable = false, updatable = false)
    private MoBatchOperation batchOperation;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, updatable = false, length = 10)
    private InspectionResult result;

    @Column(name = "quantity_inspected", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal quantityInspected;

    @Column(name = "quantity_accepted", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal quantityAccepted;

    @Column(name = "quantity_rejected", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal quantityRejected;

    @Column(name = "defect_reason", updatable = false, length = MAX_DEFECT_LENGTH)
    private String defectReason;

    @Column(name = "measurement", updatable = false, length = MAX_MEASUREMENT_LENGTH)
    private String measurement;

    @Column(name = "notes", updatable = false, length = MAX_NOTES_LENGTH)
    private String notes;

    @Column(name = "inspector", nullable = false, updatable = false, length = 120)
    private String inspector;

    @Column(name = "kiosk_code", updatable = false, length = 60)
    private String kioskCode;

    @Column(name = "inspected_at", nullable = false, updatable = false)
    private OffsetDateTime inspectedAt;

    protected QualityInspection() {
    }

    /**
     * Inspects the units {@code operation} awaits inspection with and applies the verdict to it (409 when it awaits
     * none, 400 naming the field of a bad input).
     *
     * @param quantityRejected FAIL: the units scrapped; REWORK: the units sent back; PASS: none (null or 0)
     * @param defectReason what is wrong: required with FAIL and REWORK, refused with PASS
     */
    public QualityInspection(MoBatchOperation operation, InspectionResult result, BigDecimal quantityRejected,
            String defectReason, String measurement, String notes, String inspector, String kioskCode, Instant now) {
        if (result == null) {
            throw new InvalidInputException("result", "is required");
        }
        this.batchOperation = operation;
        this.result = result;
        this.measurement = Texts.optional("measurement", measurement, MAX_MEASUREMENT_LENGTH);
        this.notes = Texts.optional("notes", notes, MAX_NOTES_LENGTH);
        this.inspector = Texts.required("inspector", inspector, 120);
        this.kioskCode = kioskCode;
        this.inspectedAt = now.atOffset(ZoneOffset.UTC);
        this.quantityInspected = operation.getGoodQuantity();
        BigDecimal zero = BigDecimal.ZERO.setScale(Quantities.QUANTITY_SCALE);
        if (result == InspectionResult.PASS) {
            if (quantityRejected != null && quantityRejected.signum() != 0) {
                throw new InvalidInputException("quantityRejected", "a passed inspection rejects nothing; record FAIL "
                        + "to scrap units or REWORK to send them back");
            }
            if (Texts.optional("defectReason", defectReason, MAX_DEFECT_LENGTH) != null) {
                throw new InvalidInputException("defectReason", "a passed inspection names no defect");
            }
            this.quantityAccepted = operation.passInspection(now);
            this.quantityRejected = zero;
            return;
        }
        this.defectReason = Texts.required("defectReason", defectReason, MAX_DEFECT_LENGTH);
        if (quantityRejected == null) {
            throw new InvalidInputException("quantityRejected", "is required: how many of the " + plain(quantityInspected)
                    + " units " + (result == InspectionResult.FAIL ? "are scrapped" : "go back to rework"));
        }
        if (result == InspectionResult.FAIL) {
            operation.rejectInInspection("quantityRejected", quantityRejected, now);
        } else {
            operation.sendToRework("quantityRejected", quantityRejected);
        }
        this.quantityRejected = Quantities.positive("quantityRejected", quantityRejected);
        this.quantityAccepted = zero;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public Long getId() {
        return id;
    }

    public MoBatchOperation getBatchOperation() {
        return batchOperation;
    }

    public InspectionResult getResult() {
        return result;
    }

    public BigDecimal getQuantityInspected() {
        return quantityInspected;
    }

    public BigDecimal getQuantityAccepted() {
        return quantityAccepted;
    }

    public BigDecimal getQuantityRejected() {
        return quantityRejected;
    }

    public String getDefectReason() {
        return defectReason;
    }

    public String getMeasurement() {
        return measurement;
    }

    public String getNotes() {
        return notes;
    }

    public String getInspector() {
        return inspector;
    }

    public String getKioskCode() {
        return kioskCode;
    }

    public OffsetDateTime getInspectedAt() {
        return inspectedAt;
    }
}
