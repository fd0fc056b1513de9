package org.openmes.platform.push;

/** The names of push topics: what changed, never the data itself. */
public final class PushTopics {
    /** The PLC connector's state (connections, journal) changed. */
    public static final String TELEMETRY = "telemetry";

    /**
     * An andon call changed anywhere in the plant (raised, acknowledged, escalated, resolved), published besides its
     * line's topic: for pages that show the calls of every line (the andon board), so that they hear nothing else of
     * the lines (job steps, counts) and a line created after they opened is covered too.
     */
    public static final String ANDON = "andon";

    private PushTopics() {
    }

    /**
     * Something of a piece of equipment changed that a floor page shows from the database: its stops, an edge event
     * other than a count (a fault, a state change, communication). Its live state goes as a live message of this topic.
     */
    public static String equipment(long equipmentId) {
        return "equipment-" + equipmentId;
    }

    /**
     * A piece of equipment's stored signal values or counts moved (every second on a running machine): for pages that
     * show the values themselves (telemetry); the floor pages take counts and OEE from live messages instead.
     */
    public static String signals(long equipmentId) {
        return "signals-" + equipmentId;
    }

    /**
     * Something of a production line changed (its equipment, its jobs, its andon calls); its shift's counts and OEE go as
     * live messages of this topic.
     */
    public static String line(long lineId) {
        return "line-" + lineId;
    }
}
