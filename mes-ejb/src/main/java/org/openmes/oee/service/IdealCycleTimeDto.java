package org.openmes.oee.service;

import java.io.Serializable;
import java.math.BigDecimal;

/** The ideal cycle time of a product (free-text code) on a piece of equipment, in seconds per unit. */
public record IdealCycleTimeDto(Long id, Long equipmentId, String productCode, BigDecimal secondsPerUnit, Long version)
        implements Serializable {
}
