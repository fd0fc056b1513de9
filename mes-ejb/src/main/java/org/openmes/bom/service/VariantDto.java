package org.openmes.bom.service;

import java.math.BigDecimal;

/**
 * A material variant of a BOM line: the material part (id; number and revision for reading), its weight in
 * percent and whether it is the primary one. Clients writing variants send materialId, weightPercent and
 * primary; the rest is ignored then.
 */
public record VariantDto(Long id, Long materialId, String materialNumber, String materialRevision, BigDecimal weightPercent,
        Boolean primary) {
}
