package org.openmes.telemetry.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.openmes.telemetry.model.EquipmentSignal;

/**
 * A change of an equipment signal: FAULT_RAISED / FAULT_CLEARED ({@code bit}), STATE_CHANGED, COUNT
 * ({@code increment}, roll-over and PLC resets already accounted for), or COMMS_LOST ({@code reason}) /
 * COMMS_RESTORED of the signal COMMS. {@code bit} is absent where there is none.
 */
public record EdgeEventDto(long equipmentId, EquipmentSignal signal, OffsetDateTime occurredAt, String kind, Integer bit,
                           BigDecimal oldValue, BigDecimal newValue, BigDecimal increment, String reason)
        implements Serializable {
}
