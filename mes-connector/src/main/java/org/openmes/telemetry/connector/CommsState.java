package org.openmes.telemetry.connector;

import java.time.Instant;

/**
 * The communication state of one PLC as of the scan at {@code at}: {@code lost} with the session's reason, or
 * connected. {@code event} is {@code COMMS_LOST} or {@code COMMS_RESTORED} when the state changed from a known
 * one, null for the first state the adapter learns after it started (it cannot know what came before).
 */
public record CommsState(Instant at, boolean lost, String reason, String event) {
}
