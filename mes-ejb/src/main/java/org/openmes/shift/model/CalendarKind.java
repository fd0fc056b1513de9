package org.openmes.shift.model;

/** What a plant calendar entry does to the time model. */
public enum CalendarKind {
    /** No operation planned: removed from the planned operation time (POT). */
    HOLIDAY,
    /** Planned down time within operation (POT − PDOT = PBT). */
    BREAK,
    MEETING,
    PLANNED_MAINTENANCE;

    /** Whether the entry is planned down time (PDOT) rather than time without operation. */
    public boolean isPlannedDownTime() {
        return this != HOLIDAY;
    }
}
