package org.openmes.plant.model;

import java.math.BigDecimal;
import org.openmes.common.InvalidInputException;

/**
 * Checks a decimal against its numeric(precision, scale) column and brings it to the column's scale,
 * so the database never rounds a value silently and a re-sent unchanged value compares equal to the
 * stored one (8 and 8.00 are one value, not a change).
 */
public final class Decimals {
    private Decimals() {
    }

    public static BigDecimal fitColumn(String field, BigDecimal value, int precision, int scale) {
        BigDecimal plain = value.stripTrailingZeros();
        if (Math.max(plain.scale(), 0) > scale) {
            throw new InvalidInputException(field, "must have at most " + scale + " decimals");
        }
        BigDecimal fitted = plain.setScale(scale);
        if (fitted.precision() > precision) {
            throw new InvalidInputException(field,
                    "must be less than " + BigDecimal.TEN.pow(precision - scale).toPlainString());
        }
        return fitted;
    }

    public static BigDecimal requirePositive(String field, BigDecimal value) {
        if (value.signum() <= 0) {
            throw new InvalidInputException(field, "must be greater than 0");
        }
        return value;
    }
}
