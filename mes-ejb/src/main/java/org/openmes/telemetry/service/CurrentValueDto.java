package org.openmes.telemetry.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.openmes.telemetry.model.EquipmentSignal;

/**
 * The last value of one signal of one piece of equipment; {@code value} is absent when the quality is BAD. The
 * pseudo-signal COMMS has no tag and no value: GOOD while the PLC answers, BAD with the reason while it does not.
 */
public record CurrentValueDto(long equipmentId, EquipmentSignal signal, Long tagId, BigDecimal value, String quality,
                              String reason, OffsetDateTime sampledAt) implements Serializable {
}
