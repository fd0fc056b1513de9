package org.openmes.audit.model;

/** What happened to a record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE
}
