package org.openmes.bom.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openmes.common.InvalidInputException;
import org.openmes.plant.model.Decimals;

/**
 * A BOM line as wanted: position in the parent's BOM (10, 20, ...), the component part, quantity per one unit
 * of the parent in the component's unit, scrap factor in percent (the extra to issue: an extended quantity is
 * quantity per × (1 + scrap / 100)), the operation (sequence number of the parent's routing) at which it is
 * consumed, the dates it is effective (both inclusive, either open), how its material is chosen and its
 * material variants. Built through {@link #checked}, which normalises the numbers to their columns.
 */
public record BomLineSpec(int position, Part component, BigDecimal quantityPer, UnitOfMeasure unitOfMeasure,
        BigDecimal scrapPercent, Integer operationSequence, LocalDate effectiveFrom, LocalDate effectiveTo,
        VariantSelection variantSelection, List<VariantSpec> variants) {
    public static final int MAX_POSITION = 9999;
    static final int QUANTITY_PRECISION = 14;
    static final int QUANTITY_SCALE = 6;
    static final int SCRAP_PRECISION = 5;
    static final int SCRAP_SCALE = 2;

    public static BomLineSpec checked(Integer position, Part component, BigDecimal quantityPer, UnitOfMeasure unitOfMeasure,
            BigDecimal scrapPercent, Integer operationSequence, LocalDate effectiveFrom, LocalDate effectiveTo,
            VariantSelection variantSelection, List<VariantSpec> variants) {
        if (position == null || position < 1 || position > MAX_POSITION) {
            throw new InvalidInputException("position", "must be between 1 and " + MAX_POSITION);
        }
        if (component == null) {
            throw new InvalidInputException("componentId", "is required");
        }
        if (quantityPer == null || quantityPer.signum() <= 0) {
            throw new InvalidInputException("quantityPer", "must be greater than 0");
        }
        UnitOfMeasure unit = unitOfMeasure == null ? component.getUnitOfMeasure() : unitOfMeasure;
        if (unit != component.getUnitOfMeasure()) {
            throw new InvalidInputException("unitOfMeasure", "must be " + component.getUnitOfMeasure() + ", the unit of "
                    + component + " (the MES converts no units)");
        }
        BigDecimal scrap = scrapPercent == null ? BigDecimal.ZERO : scrapPercent;
        if (scrap.signum() < 0 || scrap.compareTo(VariantSpec.HUNDRED) >= 0) {
            throw new InvalidInputException("scrapPercent", "must be 0 or more and less than 100");
        }
        if (operationSequence != null && (operationSequence < 1 || operationSequence > 9999)) {
            throw new InvalidInputException("operationSequence", "must be between 1 and 9999");
        }
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new InvalidInputException("effectiveTo", "must not be before effectiveFrom (" + effectiveFrom + ")");
        }
        return new BomLineSpec(position, component,
                Decimals.fitColumn("quantityPer", quantityPer, QUANTITY_PRECISION, QUANTITY_SCALE), unit,
                Decimals.fitColumn("scrapPercent", scrap, SCRAP_PRECISION, SCRAP_SCALE), operationSequence,
                effectiveFrom, effectiveTo, variantSelection == null ? VariantSelection.PRIMARY : variantSelection,
                variants == null ? List.of() : List.copyOf(variants));
    }
}
