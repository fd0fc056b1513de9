package org.openmes.shift.model;

import java.time.Duration;
import java.util.List;

/**
 * The ISO 22400 planned times of a window: {@code operation} is the planned operation time (POT: shifts minus
 * holidays), {@code busy} the planned busy time (PBT: POT minus planned down time, i.e. breaks, meetings and planned
 * maintenance), both clipped to the window; {@code shifts} the shifts that overlap the window.
 */
public record PlannedTime(Interval window, IntervalSet operation, IntervalSet busy, List<ShiftOccurrence> shifts) {

    public Duration pot() {
        return operation.duration();
    }

    public Duration pbt() {
        return busy.duration();
    }

    /** Planned down time (PDOT) = POT − PBT. */
    public Duration pdot() {
        return pot().minus(pbt());
    }
}
