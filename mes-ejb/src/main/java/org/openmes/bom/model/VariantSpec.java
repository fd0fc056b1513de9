package org.openmes.bom.model;

import java.math.BigDecimal;
import org.openmes.common.InvalidInputException;
import org.openmes.plant.model.Decimals;

/**
 * One material variant of a BOM line as wanted: the material part, its weight (probability in percent, 0 to
 * 100, used by {@link VariantSelection#WEIGHTED}) and whether it is the primary one. Built through
 * {@link #checked}, which names a wrong field by its index ({@code variants[1].weightPercent}).
 */
public record VariantSpec(Part material, BigDecimal weightPercent, boolean primary) {
    static final int WEIGHT_PRECISION = 5;
    static final int WEIGHT_SCALE = 2;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static VariantSpec checked(String field, Part material, BigDecimal weightPercent, boolean primary) {
        if (material == null) {
            throw new InvalidInputException(field + ".materialId", "is required");
        }
        BigDecimal weight = weightPercent == null ? BigDecimal.ZERO : weightPercent;
        if (weight.signum() < 0 || weight.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException(field + ".weightPercent", "must be between 0 and 100");
        }
        return new VariantSpec(material, Decimals.fitColumn(field + ".weightPercent", weight, WEIGHT_PRECISION, WEIGHT_SCALE),
                primary);
    }
}
