package org.openmes.bom.service;

import java.math.BigDecimal;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.UnitOfMeasure;

/** What an explosion needs in all of one part without a BOM of its own (bought or raw), summed over all rows. */
public record RequirementDto(long partId, String partNumber, String revision, String description, UnitOfMeasure unitOfMeasure,
        MakeOrBuy makeOrBuy, BigDecimal totalQuantity) {
}
