package org.openmes.bom.service;

import java.math.BigDecimal;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.PartStatus;
import org.openmes.bom.model.UnitOfMeasure;

/**
 * A part as a client writes it. On create: {@code revision} defaults to "A", {@code status} must be empty or
 * ACTIVE, {@code standardCost} defaults to 0. On update: part number and revision must be those of the part
 * (they never change; a new design is a new revision), {@code version} is the version edited, and an empty
 * {@code status} keeps the status.
 */
public record PartDraft(String partNumber, String revision, String description, UnitOfMeasure unitOfMeasure,
        MakeOrBuy makeOrBuy, String productFamily, BigDecimal standardCost, PartStatus status, Boolean prototype,
        Long version) {

    /** The same draft with {@code version}, for adapters that read the version from If-Match. */
    public PartDraft withVersion(Long newVersion) {
        return new PartDraft(partNumber, revision, description, unitOfMeasure, makeOrBuy, productFamily, standardCost,
                status, prototype, newVersion);
    }
}
