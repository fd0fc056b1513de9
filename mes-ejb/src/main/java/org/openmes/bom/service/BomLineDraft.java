package org.openmes.bom.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openmes.bom.model.UnitOfMeasure;
import org.openmes.bom.model.VariantSelection;

/**
 * A BOM line as a client writes it. {@code unitOfMeasure} defaults to the component's (and must be it),
 * {@code scrapPercent} to 0, {@code variantSelection} to PRIMARY, {@code variants} to none; {@code operationSequence}
 * names an operation of the parent's routing. {@code version} is required on update: the whole line, variants
 * included, is replaced.
 */
public record BomLineDraft(Integer position, Long componentId, BigDecimal quantityPer, UnitOfMeasure unitOfMeasure,
        BigDecimal scrapPercent, Integer operationSequence, LocalDate effectiveFrom, LocalDate effectiveTo,
        VariantSelection variantSelection, List<VariantDto> variants, Long version) {

    /** The same draft with {@code newVersion}, for adapters that read the version from If-Match. */
    public BomLineDraft withVersion(Long newVersion) {
        return new BomLineDraft(position, componentId, quantityPer, unitOfMeasure, scrapPercent, operationSequence,
                effectiveFrom, effectiveTo, variantSelection, variants, newVersion);
    }
}
