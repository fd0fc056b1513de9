package org.openmes.telemetry.connector;

import java.math.BigDecimal;

/**
 * A tag as the adapter polls it, read from {@code telemetry_tag}; {@code signal} is the equipment signal it is
 * mapped to (FAULT_WORD, STATE, GOOD_COUNT, ...), null when unmapped.
 */
public record TagDefinition(long id, String name, String address, String dataType, double scale, double offset,
                            double deadband, String scanClass, String signal) {

    /** The raw PLC value in engineering units; integers stay exact when scale and offset leave them alone. */
    BigDecimal toEngineering(Object raw) {
        BigDecimal value;
        if (raw instanceof Boolean bit) {
            value = bit ? BigDecimal.ONE : BigDecimal.ZERO;
        } else if (raw instanceof java.math.BigInteger big) {
            value = new BigDecimal(big);
        } else if (raw instanceof BigDecimal decimal) {
            value = decimal;
        } else if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            value = BigDecimal.valueOf(((Number) raw).longValue());
        } else if (raw instanceof Number number) {
            value = BigDecimal.valueOf(number.doubleValue());
        } else {
            throw new IllegalArgumentException("tag " + name + " delivered " + raw.getClass().getSimpleName()
                    + ", not a number or a bit");
        }
        if (scale == 1 && offset == 0) {
            return value;
        }
        return value.multiply(BigDecimal.valueOf(scale)).add(BigDecimal.valueOf(offset));
    }
}
