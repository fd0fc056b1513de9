package org.openmes.downtime.model;

/** Where a downtime event comes from. */
public enum DowntimeSource {
    /** Detected from the machine's telemetry edge events. */
    AUTOMATIC,
    /** Entered by a person, for machines without a PLC. */
    MANUAL
}
