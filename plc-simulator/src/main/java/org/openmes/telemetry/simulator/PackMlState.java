package org.openmes.telemetry.simulator;

/** The PackML (ISA-TR88.00.02) state numbers the simulated machines report. */
public enum PackMlState {
    STOPPED(2), IDLE(4), SUSPENDED(5), EXECUTE(6), HELD(11), ABORTED(9);

    private final int number;

    PackMlState(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }
}
