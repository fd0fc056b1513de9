package org.openmes.floor.model;

import java.util.Collection;
import org.openmes.downtime.model.PackMlState;

/**
 * What a live page colours a piece of equipment by, worst last: running (green), idle (amber: not producing, no stop
 * recorded), unknown (grey: communication lost, or no signal at all), down (red: an open downtime event).
 */
public enum EquipmentState {
    RUNNING, IDLE, UNKNOWN, DOWN;

    /**
     * The state from what is known now: an open stop is down whatever the signals say (manual entries too);
     * communication loss is unknown, never down; else the PackML state (only EXECUTE produces) or the running bit.
     *
     * @param packMlState the STATE signal's value, null when not mapped or not GOOD
     * @param running     the RUNNING signal's value, null when not mapped or not GOOD
     */
    public static EquipmentState of(boolean openStop, boolean commsLost, Integer packMlState, Boolean running) {
        if (openStop) {
            return DOWN;
        }
        if (commsLost) {
            return UNKNOWN;
        }
        if (packMlState != null) {
            return PackMlState.of(packMlState).isProducing() ? RUNNING : IDLE;
        }
        if (running != null) {
            return running ? RUNNING : IDLE;
        }
        return UNKNOWN;
    }

    /** A line's state: the worst of its equipment's; unknown for a line without equipment. */
    public static EquipmentState worst(Collection<EquipmentState> states) {
        return states.stream().max(Enum::compareTo).orElse(UNKNOWN);
    }
}
