package org.openmes.floor.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** The job running on a line. */
public record LiveJob(long id, String productCode, BigDecimal plannedQuantity, String operator, Instant startedAt)
        implements Serializable {
}
