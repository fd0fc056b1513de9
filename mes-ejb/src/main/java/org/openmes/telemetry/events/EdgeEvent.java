package org.openmes.telemetry.events;

import java.math.BigDecimal;
import java.time.Instant;
import org.openmes.telemetry.model.EquipmentSignal;

/**
 * A change of an equipment signal as the ingest stored it. {@code bit} is the fault bit of FAULT_RAISED /
 * FAULT_CLEARED, null otherwise; {@code increment} the units counted by a COUNT; {@code reason} why the PLC
 * stopped answering for COMMS_LOST. Time between COMMS_LOST and COMMS_RESTORED is unknown, not downtime.
 */
public record EdgeEvent(long equipmentId, EquipmentSignal signal, Instant occurredAt, Kind kind, Integer bit,
                        BigDecimal oldValue, BigDecimal newValue, BigDecimal increment, String reason) {

    /** What changed. */
    public enum Kind {
        FAULT_RAISED, FAULT_CLEARED, STATE_CHANGED, COUNT, COMMS_LOST, COMMS_RESTORED
    }
}
