package org.openmes.platform.push;

/** The names of push topics: what changed, never the data itself. */
public final class PushTopics {
    /** The PLC connector's state (connections, journal) changed. */
    public static final String TELEMETRY = "telemetry";

    private PushTopics() {
    }

    /** Something of a piece of equipment changed: a signal value, an edge event, later its downtime or andon state. */
    public static String equipment(long equipmentId) {
        return "equipment-" + equipmentId;
    }

    /** Something of a production line changed (its equipment, its orders, its andon board). */
    public static String line(long lineId) {
        return "line-" + lineId;
    }
}
