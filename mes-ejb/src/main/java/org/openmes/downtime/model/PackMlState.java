package org.openmes.downtime.model;

/**
 * The PackML (ISA-TR88.00.02) state numbers a STATE signal carries, and what each means for downtime and OEE: only
 * EXECUTE is producing; SUSPENDED (and SUSPENDING) is starved or blocked; every other state is a stop. The table in
 * docs/oee.md is this enum.
 */
public enum PackMlState {
    UNDEFINED(0), CLEARING(1), STOPPED(2), STARTING(3), IDLE(4), SUSPENDED(5), EXECUTE(6), STOPPING(7), ABORTING(8),
    ABORTED(9), HOLDING(10), HELD(11), UNHOLDING(12), SUSPENDING(13), UNSUSPENDING(14), RESETTING(15), COMPLETING(16),
    COMPLETE(17);

    private final int number;

    PackMlState(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The state numbered {@code number}; UNDEFINED for a number PackML does not define. */
    public static PackMlState of(int number) {
        for (PackMlState state : values()) {
            if (state.number == number) {
                return state;
            }
        }
        return UNDEFINED;
    }

    public boolean isProducing() {
        return this == EXECUTE;
    }

    /** The category a stop in this state starts with when no fault explains it. */
    public DowntimeCategory stopCategory() {
        return this == SUSPENDED || this == SUSPENDING ? DowntimeCategory.MATERIAL : DowntimeCategory.UNASSIGNED;
    }
}
