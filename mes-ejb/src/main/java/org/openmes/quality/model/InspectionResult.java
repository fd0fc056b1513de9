package org.openmes.quality.model;

import java.util.Arrays;
import java.util.Locale;
import org.openmes.common.InvalidInputException;

/**
 * An inspector's verdict on the good units an operation with a quality check made: PASS lets all of them on to the
 * next operation, FAIL rejects some of them as scrap, REWORK sends some of them back to the operation.
 */
public enum InspectionResult {
    PASS, FAIL, REWORK;

    /** The result named {@code value} (any case), refused on {@code field} (400) when it names none. */
    public static InspectionResult parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required: one of " + Arrays.toString(values()));
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + value + "' is no inspection result: one of " + Arrays.toString(values()));
        }
    }
}
