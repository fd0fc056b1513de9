package org.openmes.telemetry.connector;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A change of a mapped signal between two good reads: {@code FAULT_RAISED}/{@code FAULT_CLEARED} with the bit,
 * {@code STATE_CHANGED}, or {@code COUNT} with the increment. {@code bit} is -1 where there is none.
 */
public record EdgeEvent(long tagId, Instant occurredAt, String kind, int bit, BigDecimal oldValue, BigDecimal newValue,
                        BigDecimal increment) {
}
