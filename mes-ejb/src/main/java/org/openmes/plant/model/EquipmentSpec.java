package org.openmes.plant.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import org.openmes.common.InvalidInputException;

/**
 * What OEE and maintenance need to know of a piece of equipment: its type (filler, CNC mill...), how
 * critical it is (1 = low, 5 = the line stops without it), and optionally its target speed in units per
 * minute and ideal cycle time in seconds. Immutable: a change is a new value.
 */
@Embeddable
public class EquipmentSpec {
    public static final int MAX_TYPE_LENGTH = 60;
    public static final int LOWEST_CRITICALITY = 1;
    public static final int HIGHEST_CRITICALITY = 5;

    @Column(name = "equipment_type", length = MAX_TYPE_LENGTH)
    private String equipmentType;

    @Column(name = "criticality")
    private Integer criticality;

    @Column(name = "target_speed_per_minute", precision = 12, scale = 4)
    private BigDecimal targetSpeedPerMinute;

    @Column(name = "ideal_cycle_time_seconds", precision = 12, scale = 4)
    private BigDecimal idealCycleTimeSeconds;

    protected EquipmentSpec() {
    }

    public EquipmentSpec(String equipmentType, Integer criticality, BigDecimal targetSpeedPerMinute,
            BigDecimal idealCycleTimeSeconds) {
        this.equipmentType = requireType(equipmentType);
        this.criticality = requireCriticality(criticality);
        this.targetSpeedPerMinute = optionalPositive("equipment.targetSpeedPerMinute", targetSpeedPerMinute);
        this.idealCycleTimeSeconds = optionalPositive("equipment.idealCycleTimeSeconds", idealCycleTimeSeconds);
    }

    private static String requireType(String equipmentType) {
        if (equipmentType == null || equipmentType.isBlank()) {
            throw new InvalidInputException("equipment.equipmentType", "is required");
        }
        String type = equipmentType.strip();
        if (type.length() > MAX_TYPE_LENGTH) {
            throw new InvalidInputException("equipment.equipmentType",
                    "must be at most " + MAX_TYPE_LENGTH + " characters");
        }
        return type;
    }

    private static Integer requireCriticality(Integer criticality) {
        if (criticality == null) {
            throw new InvalidInputException("equipment.criticality", "is required");
        }
        if (criticality < LOWEST_CRITICALITY || criticality > HIGHEST_CRITICALITY) {
            throw new InvalidInputException("equipment.criticality", "must be between " + LOWEST_CRITICALITY
                    + " (low) and " + HIGHEST_CRITICALITY + " (the line stops without it)");
        }
        return criticality;
    }

    private static BigDecimal optionalPositive(String field, BigDecimal value) {
        return value == null ? null : Decimals.fitColumn(field, Decimals.requirePositive(field, value), 12, 4);
    }

    public String getEquipmentType() {
        return equipmentType;
    }

    public int getCriticality() {
        return criticality;
    }

    /** Units per minute the equipment is designed to run at, or null when not set. */
    public BigDecimal getTargetSpeedPerMinute() {
        return targetSpeedPerMinute;
    }

    /** Seconds per unit at ideal speed (the OEE performance reference), or null when not set. */
    public BigDecimal getIdealCycleTimeSeconds() {
        return idealCycleTimeSeconds;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EquipmentSpec that
                && equipmentType.equals(that.equipmentType)
                && criticality.equals(that.criticality)
                && Objects.equals(targetSpeedPerMinute, that.targetSpeedPerMinute)
                && Objects.equals(idealCycleTimeSeconds, that.idealCycleTimeSeconds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(equipmentType, criticality, targetSpeedPerMinute, idealCycleTimeSeconds);
    }

    @Override
    public String toString() {
        return equipmentType + " (criticality " + criticality + ")";
    }
}
