package org.openmes.bom.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.PartStatus;
import org.openmes.bom.model.UnitOfMeasure;
import org.openmes.bom.model.VariantSelection;

/** One line of a part's BOM as stored, with its component's key data, its variants and its version. */
public record BomLineDto(long id, long parentId, int position, long componentId, String componentNumber,
        String componentRevision, String componentDescription, MakeOrBuy componentMakeOrBuy, PartStatus componentStatus,
        BigDecimal quantityPer, UnitOfMeasure unitOfMeasure, BigDecimal scrapPercent, Integer operationSequence,
        LocalDate effectiveFrom, LocalDate effectiveTo, VariantSelection variantSelection, long version,
        List<VariantDto> variants) {
}
