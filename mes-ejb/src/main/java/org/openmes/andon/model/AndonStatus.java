package org.openmes.andon.model;

/** The lifecycle of a call: {@code OPEN → ACKNOWLEDGED → RESOLVED}; an open call may also be resolved at once. */
public enum AndonStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
