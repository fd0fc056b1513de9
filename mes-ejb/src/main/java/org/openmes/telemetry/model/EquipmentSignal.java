package org.openmes.telemetry.model;

/** The canonical signals of a piece of equipment that downtime, OEE and andon are built on. */
public enum EquipmentSignal {
    /** PackML state number (or a running bit where the machine has no state model). */
    STATE,
    RUNNING,
    SPEED,
    GOOD_COUNT,
    REJECT_COUNT,
    TOTAL_COUNT,
    /** A fault array of up to 64 bits, bit n = fault n of the machine's catalog. */
    FAULT_WORD,
    ENERGY_KWH,
    TEMPERATURE,
    /**
     * Not a PLC value but the state of the communication with the equipment's PLC, kept by the ingest: a current
     * value with quality GOOD (connected) or BAD (lost, with the reason), and COMMS_LOST / COMMS_RESTORED events.
     * Time while it is BAD is unknown, not downtime. It cannot be mapped to a tag.
     */
    COMMS
}
