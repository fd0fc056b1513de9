package org.openmes.telemetry.model;

/** How bad a fault of the catalog is, lowest first: a note, a warning the machine runs on with, a stop, a hazard. */
public enum FaultSeverity {
    INFO, WARNING, STOP, CRITICAL
}
