package org.openmes.orders.service;

import java.io.Serializable;
import java.math.BigDecimal;

/** An operation of a manufacturing order, as copied from the part's routing. */
public record MoOperationDto(Long id, int sequence, String name, Long workCenterId, String workCenterCode,
                             BigDecimal setupMinutes, BigDecimal runMinutesPerUnit, boolean qualityCheck,
                             boolean allowOverlap) implements Serializable {
}
