package org.openmes.bom.service;

import java.math.BigDecimal;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.UnitOfMeasure;

/**
 * One row of a BOM explosion, in depth-first order: the level below the exploded part (1 = its own BOM), the
 * line and the parent it belongs to, the component, its quantity per parent and scrap factor, and the extended
 * quantity for the exploded quantity: parent's extended quantity × quantity per × (1 + scrap / 100), rounded to
 * 6 decimals. {@code hasComponents} says whether rows of the component's own BOM follow.
 */
public record ExplosionRowDto(int level, long lineId, long parentId, int position, long partId, String partNumber,
        String revision, String description, UnitOfMeasure unitOfMeasure, MakeOrBuy makeOrBuy, BigDecimal quantityPer,
        BigDecimal scrapPercent, BigDecimal extendedQuantity, Integer operationSequence, boolean hasComponents) {
}
