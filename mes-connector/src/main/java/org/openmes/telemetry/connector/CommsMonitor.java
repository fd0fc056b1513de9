package org.openmes.telemetry.connector;

import java.time.Instant;

/**
 * Turns the outcome of each scan of a PLC into comms-state changes, so that an outage is reported once however
 * many scans and scan classes fail during it. A comms loss is the session failing (no answer, timeout, connection
 * error), not a tag the PLC answered BAD for: that machine still talks. A first scan that fails reports the loss
 * as an event too (the outage is real from then on); a first scan that succeeds only sets the state.
 */
final class CommsMonitor {
    private Boolean lost;

    /** The change this scan brings, or null when the state is what it was. {@code error} is null for a good read. */
    synchronized CommsState observe(Instant at, String error) {
        boolean nowLost = error != null;
        if (lost != null && lost == nowLost) {
            return null;
        }
        String event;
        if (nowLost) {
            event = "COMMS_LOST";
        } else {
            event = lost == null ? null : "COMMS_RESTORED";
        }
        lost = nowLost;
        return new CommsState(at, nowLost, error, event);
    }
}
