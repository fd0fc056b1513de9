package org.openmes.audit.service;

import java.io.Serializable;
import java.time.Instant;
import org.openmes.common.InvalidInputException;

/**
 * A search of the audit trail: one record (type and id; the id needs the type, ids are per record type),
 * one actor, a time window {@code [from, to)}. Null means "any"; all given criteria must match.
 */
public record AuditEntryFilter(String entityType, String entityId, String actor, Instant from, Instant to)
        implements Serializable {
    public static final AuditEntryFilter ALL = new AuditEntryFilter(null, null, null, null, null);

    public AuditEntryFilter {
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        actor = blankToNull(actor);
        if (entityId != null && entityType == null) {
            throw new InvalidInputException("entityType", "is required with entityId: record ids are per record type");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "must be later than from");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
