package org.openmes.shift.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Good units per shift of a pattern from {@code validFrom} on. */
public record ProductionTargetDto(Long id, Long patternId, LocalDate validFrom, BigDecimal quantity) implements Serializable {
}
