package org.openmes.downtime.model;

/**
 * The category of a stop. OEE counts CHANGEOVER as set-up time, PLANNED as planned down time, the rest as down time;
 * UNPLANNED, MAINTENANCE and UNASSIGNED stops are failures (MTBF, MTTR). See docs/oee.md.
 */
public enum DowntimeCategory {
    PLANNED, UNPLANNED, MAINTENANCE, CHANGEOVER, MATERIAL, QUALITY,
    /** No reason known yet: what an automatic stop without a cataloged fault starts as. */
    UNASSIGNED;

    /** Whether a stop of this category counts as a failure for MTBF and MTTR. */
    public boolean isFailure() {
        return this == UNPLANNED || this == MAINTENANCE || this == UNASSIGNED;
    }
}
