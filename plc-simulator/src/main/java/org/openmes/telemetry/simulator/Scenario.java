package org.openmes.telemetry.simulator;

import java.time.Duration;
import java.util.List;

/**
 * Scripted behaviour of the line. A scenario is a list of steps played in a loop; {@link #MANUAL} plays nothing,
 * so a test drives the line itself through {@link LineSimulator}'s methods.
 */
public enum Scenario {
    /** Both machines run; nothing happens unless a caller makes it happen. */
    MANUAL(List.of()),
    /** Steady production. */
    NORMAL(List.of(new Step(Step.Kind.RUN, Duration.ofSeconds(60)))),
    /** Short stops of the bagger without a fault, as a product gap or an operator would cause. */
    MICRO_STOPS(List.of(new Step(Step.Kind.RUN, Duration.ofSeconds(20)), new Step(Step.Kind.MICRO_STOP, Duration.ofSeconds(5)))),
    /** The bagger jams: fault bit {@value Step#JAM_FAULT_BIT} for a while, then it is cleared. */
    JAM(List.of(new Step(Step.Kind.RUN, Duration.ofSeconds(30)), new Step(Step.Kind.JAM, Duration.ofSeconds(20)))),
    /** Both machines stop for a changeover, then run again. */
    CHANGEOVER(List.of(new Step(Step.Kind.RUN, Duration.ofSeconds(40)), new Step(Step.Kind.CHANGEOVER, Duration.ofSeconds(30)))),
    /** The PLC drops off the network: sockets closed and no connection accepted for a while. */
    COMMS_LOSS(List.of(new Step(Step.Kind.RUN, Duration.ofSeconds(30)), new Step(Step.Kind.COMMS_LOSS, Duration.ofSeconds(10)))),
    /**
     * Steady production plus the bench block of holding registers ({@link RegisterMap#BENCH}), every one of which
     * changes with every read: for benchmarks, where every tag must yield a sample with every scan.
     */
    BENCH(List.of(new Step(Step.Kind.RUN, Duration.ofSeconds(60)))),
    /** A shift in miniature: every event above in turn; what the run command plays. */
    DEMO(List.of(new Step(Step.Kind.RUN, Duration.ofSeconds(30)), new Step(Step.Kind.MICRO_STOP, Duration.ofSeconds(5)),
            new Step(Step.Kind.RUN, Duration.ofSeconds(30)), new Step(Step.Kind.JAM, Duration.ofSeconds(20)),
            new Step(Step.Kind.RUN, Duration.ofSeconds(30)), new Step(Step.Kind.CHANGEOVER, Duration.ofSeconds(30)),
            new Step(Step.Kind.RUN, Duration.ofSeconds(30)), new Step(Step.Kind.COMMS_LOSS, Duration.ofSeconds(10))));

    private final List<Step> steps;

    Scenario(List<Step> steps) {
        this.steps = steps;
    }

    List<Step> steps() {
        return steps;
    }

    /** One step of a scenario: what happens, for how long. */
    record Step(Kind kind, Duration duration) {
        /** The bagger's fault bit a jam raises (bit 3: "film jam in sealing jaws"). */
        static final int JAM_FAULT_BIT = 3;

        enum Kind { RUN, MICRO_STOP, JAM, CHANGEOVER, COMMS_LOSS }
    }
}
