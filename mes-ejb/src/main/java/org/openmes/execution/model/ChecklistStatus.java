package org.openmes.execution.model;

/** A filled-in checklist is open until all its answers are given at once; then it is completed and can be signed. */
public enum ChecklistStatus {
    OPEN, COMPLETED
}
