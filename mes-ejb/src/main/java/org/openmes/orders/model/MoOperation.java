package org.openmes.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.openmes.common.InvalidInputException;
import org.openmes.common.Texts;

/**
 * A step of a manufacturing order, copied from the part's routing when the order was made (a later change of the
 * routing does not change orders already made): sequence, name, work center, setup time, run time per unit, whether
 * quality checks the step and whether the next step may start before this one is done (overlap).
 */
@Entity
@Table(name = "mo_operation")
public class MoOperation extends OrdersEntity {
    public static final int MAX_NAME_LENGTH = 120;

    /** An operation as the routing gives it. */
    public record Spec(int sequence, String name, Long workCenterId, BigDecimal setupMinutes,
                       BigDecimal runMinutesPerUnit, boolean qualityCheck, boolean allowOverlap) {
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mo_id", nullable = false, updatable = false)
    private ManufacturingOrder order;

    @Column(name = "sequence", nullable = false, updatable = false)
    private int sequence;

    @Column(name = "name", nullable = false, updatable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "work_center_id", nullable = false, updatable = false)
    private Long workCenterId;

    @Column(name = "setup_minutes", nullable = false, updatable = false, precision = 10, scale = 2)
    private BigDecimal setupMinutes;

    @Column(name = "run_minutes_per_unit", nullable = false, updatable = false, precision = 12, scale = 4)
    private BigDecimal runMinutesPerUnit;

    @Column(name = "quality_check", nullable = false, updatable = false)
    private boolean qualityCheck;

    @Column(name = "allow_overlap", nullable = false, updatable = false)
    private boolean allowOverlap;

    protected MoOperation() {
    }

    MoOperation(ManufacturingOrder order, Spec spec) {
        if (spec.workCenterId() == null) {
            throw new InvalidInputException("operations.workCenterId", "is required");
        }
        this.order = order;
        this.sequence = spec.sequence();
        this.name = Texts.required("operations.name", spec.name(), MAX_NAME_LENGTH);
        this.workCenterId = spec.workCenterId();
        this.setupMinutes = minutes("operations.setupMinutes", spec.setupMinutes(), 2);
        this.runMinutesPerUnit = minutes("operations.runMinutesPerUnit", spec.runMinutesPerUnit(), 4);
        this.qualityCheck = spec.qualityCheck();
        this.allowOverlap = spec.allowOverlap();
    }

    private static BigDecimal minutes(String field, BigDecimal value, int scale) {
        if (value == null || value.signum() < 0) {
            throw new InvalidInputException(field, "must be 0 or more");
        }
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    /** Setup plus run time for {@code quantity} units, in minutes. */
    public BigDecimal plannedMinutes(BigDecimal quantity) {
        return setupMinutes.add(runMinutesPerUnit.multiply(quantity)).setScale(2, RoundingMode.HALF_UP);
    }

    public ManufacturingOrder getOrder() {
        return order;
    }

    public int getSequence() {
        return sequence;
    }

    public String getName() {
        return name;
    }

    public Long getWorkCenterId() {
        return workCenterId;
    }

    public BigDecimal getSetupMinutes() {
        return setupMinutes;
    }

    public BigDecimal getRunMinutesPerUnit() {
        return runMinutesPerUnit;
    }

    public boolean isQualityCheck() {
        return qualityCheck;
    }

    public boolean isAllowOverlap() {
        return allowOverlap;
    }
}
