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

    /**
     * The state the signals alone show, as the downtime tracker ({@code StopDetector}) will judge them: a raised fault
     * bit or a machine that is not producing is a stop, hence down; communication loss is unknown. Live pages show it
     * before the tracker has stored the stop (docs/architecture.md, "Server push to pages").
     *
     * @param faultBits   the FAULT_WORD's value, null when not known
     * @param packMlState the STATE signal's value, null when not known; then the running bit decides
     * @param running     the RUNNING signal's value, null when not known
     * @return null when the signals known say nothing about the state
     */
    public static EquipmentState fromSignals(boolean commsLost, Long faultBits, Integer packMlState, Boolean running) {
        if (commsLost) {
            return UNKNOWN;
        }
        if (faultBits != null && faultBits != 0) {
            return DOWN;
        }
        if (packMlState != null) {
            return PackMlState.of(packMlState).isProducing() ? RUNNING : DOWN;
        }
        if (running != null) {
            return running ? RUNNING : DOWN;
        }
        return faultBits == null ? null : UNKNOWN;
    }

    /** A line's state: the worst of its equipment's; unknown for a line without equipment. */
    public static EquipmentState worst(Collection<EquipmentState> states) {
        return states.stream().max(Enum::compareTo).orElse(UNKNOWN);
    }
}
