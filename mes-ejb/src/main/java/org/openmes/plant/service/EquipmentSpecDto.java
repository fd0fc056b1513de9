package org.openmes.plant.service;

import java.io.Serializable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What OEE and maintenance need to know of a piece of equipment: its type, how critical it is (1 = low,
 * 5 = line stops without it), its target speed in units per minute and its ideal cycle time in seconds.
 */
public class EquipmentSpecDto implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 60)
    private String equipmentType;

    @NotNull
    @Min(1)
    @Max(5)
    private Integer criticality;

    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal targetSpeedPerMinute;

    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal idealCycleTimeSeconds;

    public String getEquipmentType() { return equipmentType; }
    public void setEquipmentType(String equipmentType) { this.equipmentType = equipmentType; }
    public Integer getCriticality() { return criticality; }
    public void setCriticality(Integer criticality) { this.criticality = criticality; }
    public BigDecimal getTargetSpeedPerMinute() { return targetSpeedPerMinute; }
    public void setTargetSpeedPerMinute(BigDecimal targetSpeedPerMinute) { this.targetSpeedPerMinute = targetSpeedPerMinute; }
    public BigDecimal getIdealCycleTimeSeconds() { return idealCycleTimeSeconds; }
    public void setIdealCycleTimeSeconds(BigDecimal idealCycleTimeSeconds) { this.idealCycleTimeSeconds = idealCycleTimeSeconds; }
}
