package org.openmes.bom.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A part's BOM exploded to every level for {@code quantity} units, with the lines effective on {@code asOf}: the
 * rows depth-first (components by position), and the summed requirements of the parts without a BOM.
 */
public record ExplosionDto(PartDto part, BigDecimal quantity, LocalDate asOf, int depth, List<ExplosionRowDto> rows,
        List<RequirementDto> requirements) {
}
