package org.openmes.plant.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import org.openmes.common.InvalidInputException;

/**
 * What a work center can do in a day, as the job-shop planning uses it: available hours per day, the
 * efficiency it reaches on those hours (over 100 % when standard times are loose), how many jobs it can
 * run at once and how long a setup takes on average. Immutable: a change is a new value.
 */
@Embeddable
public class WorkCenterCapacity {
    public static final BigDecimal MAX_HOURS_PER_DAY = BigDecimal.valueOf(24);
    public static final BigDecimal MAX_EFFICIENCY_PERCENT = BigDecimal.valueOf(200);
    public static final int MAX_CONCURRENT_JOBS = 1000;
    /** One week. */
    public static final int MAX_SETUP_MINUTES = 10080;

    @Column(name = "hours_per_day", precision = 5, scale = 2)
    private BigDecimal hoursPerDay;

    @Column(name = "efficiency_percent", precision = 5, scale = 2)
    private BigDecimal efficiencyPercent;

    @Column(name = "max_concurrent_jobs")
    private Integer maxConcurrentJobs;

    @Column(name = "average_setup_minutes")
    private Integer averageSetupMinutes;

    protected WorkCenterCapacity() {
    }

    public WorkCenterCapacity(BigDecimal hoursPerDay, BigDecimal efficiencyPercent, Integer maxConcurrentJobs,
            Integer averageSetupMinutes) {
        this.hoursPerDay = atMost("capacity.hoursPerDay", hoursPerDay, MAX_HOURS_PER_DAY);
        this.efficiencyPercent = atMost("capacity.efficiencyPercent", efficiencyPercent, MAX_EFFICIENCY_PERCENT);
        this.maxConcurrentJobs = between("capacity.maxConcurrentJobs", maxConcurrentJobs, 1, MAX_CONCURRENT_JOBS);
        this.averageSetupMinutes = between("capacity.averageSetupMinutes", averageSetupMinutes, 0, MAX_SETUP_MINUTES);
    }

    private static BigDecimal atMost(String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        Decimals.requirePositive(field, value);
        if (value.compareTo(max) > 0) {
            throw new InvalidInputException(field, "must be at most " + max);
        }
        return Decimals.fitColumn(field, value, 5, 2);
    }

    private static Integer between(String field, Integer value, int min, int max) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        if (value < min || value > max) {
            throw new InvalidInputException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    public BigDecimal getHoursPerDay() {
        return hoursPerDay;
    }

    public BigDecimal getEfficiencyPercent() {
        return efficiencyPercent;
    }

    public int getMaxConcurrentJobs() {
        return maxConcurrentJobs;
    }

    public int getAverageSetupMinutes() {
        return averageSetupMinutes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkCenterCapacity that
                && hoursPerDay.equals(that.hoursPerDay)
                && efficiencyPercent.equals(that.efficiencyPercent)
                && maxConcurrentJobs.equals(that.maxConcurrentJobs)
                && averageSetupMinutes.equals(that.averageSetupMinutes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hoursPerDay, efficiencyPercent, maxConcurrentJobs, averageSetupMinutes);
    }

    @Override
    public String toString() {
        return hoursPerDay + " h/day at " + efficiencyPercent + " %, " + maxConcurrentJobs + " job(s) at once, "
                + averageSetupMinutes + " min setup";
    }
}
