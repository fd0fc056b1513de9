package org.openmes.andon.model;

/** A step in a call's history. */
public enum AndonEventKind {
    RAISED, ACKNOWLEDGED, ESCALATED, RESOLVED
}
