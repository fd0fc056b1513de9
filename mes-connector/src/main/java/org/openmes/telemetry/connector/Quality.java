package org.openmes.telemetry.connector;

/** OPC-style quality of a sample. */
public enum Quality {
    /** Read from the PLC without error. */
    GOOD,
    /** No value: the PLC could not be reached or refused the tag; the sample's reason says why. */
    BAD,
    /** A value that may be stale, e.g. the PLC's heartbeat stopped counting. */
    UNCERTAIN
}
