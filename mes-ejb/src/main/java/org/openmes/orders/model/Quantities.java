package org.openmes.orders.model;

import java.math.BigDecimal;
import org.openmes.common.InvalidInputException;

/** The checks on quantities and prices of orders: their sign and that they fit their columns. */
public final class Quantities {
    /** Quantities: numeric(14,3). */
    public static final int QUANTITY_SCALE = 3;
    /** Prices: numeric(14,4). */
    public static final int PRICE_SCALE = 4;
    private static final int PRECISION = 14;

    private Quantities() {
    }

    /** A quantity above zero with at most 3 decimals. */
    public static BigDecimal positive(String field, BigDecimal value) {
        BigDecimal checked = fit(field, value, QUANTITY_SCALE);
        if (checked.signum() <= 0) {
            throw new InvalidInputException(field, "must be greater than 0");
        }
        return checked;
    }

    /** A quantity of zero or more with at most 3 decimals. */
    public static BigDecimal notNegative(String field, BigDecimal value) {
        BigDecimal checked = fit(field, value, QUANTITY_SCALE);
        if (checked.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        return checked;
    }

    /** A price of zero or more with at most 4 decimals. */
    public static BigDecimal price(String field, BigDecimal value) {
        BigDecimal checked = fit(field, value, PRICE_SCALE);
        if (checked.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        return checked;
    }

    /** A quantity as people write it: 12.5, not 12.500. */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal fit(String field, BigDecimal value, int scale) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new InvalidInputException(field, "must have at most " + scale + " decimals");
        }
        BigDecimal scaled = stripped.setScale(scale);
        if (scaled.precision() - scaled.scale() > PRECISION - scale) {
            throw new InvalidInputException(field, "is too large");
        }
        return scaled;
    }
}
