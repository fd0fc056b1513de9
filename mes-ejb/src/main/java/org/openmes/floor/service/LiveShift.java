package org.openmes.floor.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The running shift of a line so far: its span, the good-units target (null when none is set), the line's good and
 * scrap counts, and its ISO 22400 ratios (null where undefined, e.g. availability before any busy time).
 */
public record LiveShift(String code, Instant start, Instant end, BigDecimal target, BigDecimal good, BigDecimal scrap,
                        Double availability, Double effectiveness, Double qualityRatio, Double oee) implements Serializable {
}
