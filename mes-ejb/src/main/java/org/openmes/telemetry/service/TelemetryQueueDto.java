package org.openmes.telemetry.service;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * The telemetry queue seen from outside: when the oldest scan waiting for the ingest was sent (null when none waits).
 */
public record TelemetryQueueDto(OffsetDateTime oldestWaitingSince) implements Serializable {
}
