package org.openmes.routing.service;

import java.math.BigDecimal;

/**
 * One operation of a routing or template: sequence number, name, work center (id; code and name for reading),
 * setup minutes (once per batch), run minutes per unit, quality check at its end, and whether the next
 * operation may overlap it (start before it has finished). Clients writing operations send sequence, name,
 * workCenterId, the times and the two flags; id, workCenterCode and workCenterName are ignored then.
 */
public record OperationDto(Long id, Integer sequence, String name, Long workCenterId, String workCenterCode,
        String workCenterName, BigDecimal setupMinutes, BigDecimal runMinutesPerUnit, Boolean qualityCheck,
        Boolean allowOverlap) {
}
