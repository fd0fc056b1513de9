package org.openmes.execution.model;

/**
 * The lifecycle of a job assignment: {@code ASSIGNED → ACCEPTED → IN_PROGRESS → COMPLETED}, and {@code CANCELLED}
 * from any state that is not final.
 */
public enum JobStatus {
    ASSIGNED, ACCEPTED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** Whether the job still occupies its schedule entry and its operator. */
    public boolean isOpen() {
        return this == ASSIGNED || this == ACCEPTED || this == IN_PROGRESS;
    }

    /** The words a message uses for the state. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
