package org.openmes.bom.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.PartStatus;
import org.openmes.bom.model.UnitOfMeasure;

/** One revision of a part as stored, with its version (for If-Match) and audit stamps. */
public record PartDto(long id, String partNumber, String revision, String description, UnitOfMeasure unitOfMeasure,
        MakeOrBuy makeOrBuy, String productFamily, BigDecimal standardCost, PartStatus status, boolean prototype,
        long version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {
}
