package org.openmes.downtime.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openmes.telemetry.events.EdgeEvent;
import org.openmes.telemetry.model.EquipmentSignal;

/**
 * Turns the edge events of one machine into stops. A machine is stopped while it is not producing (STATE not PackML
 * EXECUTE, or RUNNING false where it has no STATE signal) or while a fault bit is raised; a stop opens when it becomes
 * stopped and closes when it produces again. Communication loss ends the stop under way (its time is unknown, not
 * down); when communication returns and the machine is still stopped, a new stop opens. The events of one instant
 * (one scan) are applied together, so a fault and the state change it causes give one stop, explained by the fault.
 */
public final class StopDetector {

    /** What the detector decides. */
    public sealed interface Action permits Open, Close, Explain {
    }

    /** Open a stop at {@code at}, in PackML state {@code machineState} (null when unknown), of {@code category}. */
    public record Open(Instant at, Integer machineState, DowntimeCategory category) implements Action {
    }

    /** Close the open stop at {@code at}. */
    public record Close(Instant at) implements Action {
    }

    /** Fault bit {@code bit} explains the open stop. */
    public record Explain(int bit) implements Action {
    }

    /** What the detector knows of the machine; persisted between calls by the tracker. */
    public record State(Boolean producing, Integer machineState, long faultBits, boolean commsLost, boolean stopOpen) {
        public static final State UNKNOWN = new State(null, null, 0, false, false);

        boolean stopped() {
            return !commsLost && (Boolean.FALSE.equals(producing) || faultBits != 0);
        }
    }

    /** One edge event as the detector needs it. */
    public record Edge(EquipmentSignal signal, EdgeEvent.Kind kind, Integer bit, BigDecimal newValue) {
    }

    private final boolean hasStateSignal;
    private State state;

    /**
     * @param hasStateSignal whether the machine has a STATE signal; then its RUNNING bit is ignored
     * @param state          what was known before
     */
    public StopDetector(boolean hasStateSignal, State state) {
        this.hasStateSignal = hasStateSignal;
        this.state = state;
    }

    public State state() {
        return state;
    }

    /** Applies the edge events of instant {@code at} and says what to do with the stops. */
    public List<Action> apply(Instant at, List<Edge> edges) {
        Boolean producing = state.producing();
        Integer machineState = state.machineState();
        long faults = state.faultBits();
        boolean commsLost = state.commsLost();
        List<Integer> raised = new ArrayList<>();
        for (Edge edge : edges) {
            switch (edge.kind()) {
                case STATE_CHANGED -> {
                    if (edge.newValue() == null) {
                        continue;
                    }
                    if (edge.signal() == EquipmentSignal.STATE) {
                        machineState = edge.newValue().intValue();
                        producing = PackMlState.of(machineState).isProducing();
                    } else if (edge.signal() == EquipmentSignal.RUNNING && !hasStateSignal) {
                        producing = edge.newValue().signum() != 0;
                    }
                }
                case FAULT_RAISED -> {
                    faults |= 1L << edge.bit();
                    raised.add(edge.bit());
                }
                case FAULT_CLEARED -> faults &= ~(1L << edge.bit());
                case COMMS_LOST -> commsLost = true;
                case COMMS_RESTORED -> commsLost = false;
                case COUNT -> {
                    // counts are OEE's, not a change of state
                }
            }
        }
        State next = new State(producing, machineState, faults, commsLost, state.stopOpen());
        List<Action> actions = new ArrayList<>();
        if (state.stopOpen() && !next.stopped()) {
            actions.add(new Close(at));
            next = new State(producing, machineState, faults, commsLost, false);
        } else if (!state.stopOpen() && next.stopped()) {
            DowntimeCategory category = machineState == null ? DowntimeCategory.UNASSIGNED : PackMlState.of(machineState).stopCategory();
            actions.add(new Open(at, machineState, category));
            next = new State(producing, machineState, faults, commsLost, true);
            if (faults != 0) {
                actions.add(new Explain(raised.isEmpty() ? Long.numberOfTrailingZeros(faults) : raised.get(0)));
            }
        } else if (next.stopOpen() && !raised.isEmpty()) {
            actions.add(new Explain(raised.get(0)));
        }
        state = next;
        return actions;
    }
}
