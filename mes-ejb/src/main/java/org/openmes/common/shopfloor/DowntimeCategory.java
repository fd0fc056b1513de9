package org.openmes.common.shopfloor;

/**
 * Why a machine stands still, as downtime accounting and OEE group it. Planned time (breaks, no orders) and
 * changeovers are not losses of the same kind as breakdowns; communication loss is none of these (unknown time).
 */
public enum DowntimeCategory {
    /** Scheduled: breaks, meetings, no order planned. Not an availability loss in OEE. */
    PLANNED,
    /** A breakdown or stop that nobody planned: jams, trips, emergency stops. */
    UNPLANNED,
    /** Maintenance work, planned or corrective, on the machine. */
    MAINTENANCE,
    /** Set-up between products or formats. */
    CHANGEOVER,
    /** Starved of material, packaging or upstream product. */
    MATERIAL,
    /** Stopped for a quality reason: inspection, reject limit, hold. */
    QUALITY
}
