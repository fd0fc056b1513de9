package org.openmes.bom.service;

import java.math.BigDecimal;
import org.openmes.bom.model.UnitOfMeasure;

/**
 * A BOM line that uses a part, directly (level 1) or through sub-assemblies (level n: the parent is n levels
 * above the part): the parent, the line, its quantity per, and whether the part is used as a material variant
 * of the line rather than as its component.
 */
public record WhereUsedDto(int level, long lineId, long parentId, String parentNumber, String parentRevision,
        String parentDescription, long componentId, String componentNumber, BigDecimal quantityPer, UnitOfMeasure unitOfMeasure,
        boolean asVariant) {
}
