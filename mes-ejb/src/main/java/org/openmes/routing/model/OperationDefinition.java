package org.openmes.routing.model;

import java.math.BigDecimal;
import org.openmes.common.InvalidInputException;
import org.openmes.plant.model.Decimals;
import org.openmes.plant.model.WorkCenter;

/**
 * What one operation of a routing is to be: its sequence number (10, 20, ... leaves room to insert), name,
 * work center, setup time (minutes, once per batch), run time per unit (minutes), whether a quality check
 * closes it, and whether the next operation may start before this one has finished (overlap).
 * Built through {@link #checked}, which normalises it to the columns and names a wrong field by its index.
 */
public record OperationDefinition(int sequence, String name, WorkCenter workCenter, BigDecimal setupMinutes,
        BigDecimal runMinutesPerUnit, boolean qualityCheck, boolean allowOverlap) {
    public static final int MAX_SEQUENCE = 9999;
    public static final int MAX_NAME_LENGTH = 120;
    /** numeric(9,2) */
    static final int SETUP_PRECISION = 9;
    static final int SETUP_SCALE = 2;
    /** numeric(12,4) */
    static final int RUN_PRECISION = 12;
    static final int RUN_SCALE = 4;

    /**
     * The definition checked and brought to the columns' scale; {@code field} prefixes the fields in a refusal
     * ({@code operations[2]}).
     */
    public static OperationDefinition checked(String field, Integer sequence, String name, WorkCenter workCenter,
            BigDecimal setupMinutes, BigDecimal runMinutesPerUnit, boolean qualityCheck, boolean allowOverlap) {
        if (sequence == null || sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new InvalidInputException(field + ".sequence", "must be between 1 and " + MAX_SEQUENCE);
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(field + ".name", "is required");
        }
        String checkedName = name.strip();
        if (checkedName.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(field + ".name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (workCenter == null) {
            throw new InvalidInputException(field + ".workCenterId", "is required");
        }
        if (!workCenter.isActive()) {
            throw new InvalidInputException(field + ".workCenterId", workCenter + " is inactive; activate it or choose another");
        }
        return new OperationDefinition(sequence, checkedName, workCenter,
                time(field + ".setupMinutes", setupMinutes, SETUP_PRECISION, SETUP_SCALE),
                time(field + ".runMinutesPerUnit", runMinutesPerUnit, RUN_PRECISION, RUN_SCALE),
                qualityCheck, allowOverlap);
    }

    private static BigDecimal time(String field, BigDecimal minutes, int precision, int scale) {
        if (minutes == null) {
            throw new InvalidInputException(field, "is required (0 when there is none)");
        }
        if (minutes.signum() < 0) {
            throw new InvalidInputException(field, "must be 0 or more");
        }
        return Decimals.fitColumn(field, minutes, precision, scale);
    }
}
