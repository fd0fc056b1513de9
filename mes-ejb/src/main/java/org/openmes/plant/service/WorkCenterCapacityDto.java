package org.openmes.plant.service;

import java.io.Serializable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Capacity of a work center, as the job-shop planning uses it. */
public class WorkCenterCapacityDto implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("24")
    private BigDecimal hoursPerDay;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("200")
    private BigDecimal efficiencyPercent;

    @NotNull
    @Min(1)
    @Max(1000)
    private Integer maxConcurrentJobs;

    @NotNull
    @Min(0)
    @Max(10080)
    private Integer averageSetupMinutes;

    public BigDecimal getHoursPerDay() { return hoursPerDay; }
    public void setHoursPerDay(BigDecimal hoursPerDay) { this.hoursPerDay = hoursPerDay; }
    public BigDecimal getEfficiencyPercent() { return efficiencyPercent; }
    public void setEfficiencyPercent(BigDecimal efficiencyPercent) { this.efficiencyPercent = efficiencyPercent; }
    public Integer getMaxConcurrentJobs() { return maxConcurrentJobs; }
    public void setMaxConcurrentJobs(Integer maxConcurrentJobs) { this.maxConcurrentJobs = maxConcurrentJobs; }
    public Integer getAverageSetupMinutes() { return averageSetupMinutes; }
    public void setAverageSetupMinutes(Integer averageSetupMinutes) { this.averageSetupMinutes = averageSetupMinutes; }
}
