package org.openmes.audit.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * What one audit trail entry says: when, who, which action on which record, the fields it changed, why
 * (when given) and in which request. Everything an entry's hash covers besides the previous hash.
 * <p>
 * The time is kept in UTC to the microsecond, the precision PostgreSQL stores, so that the hash computed
 * before the insert is the hash of what is read back. Changes are kept sorted by field.
 */
public record RecordChange(OffsetDateTime occurredAt, Actor actor, AuditAction action, String entityType,
        String entityId, List<FieldChange> changes, String reason, String correlationId) {

    public RecordChange {
        if (occurredAt == null || actor == null || action == null || entityType == null || entityId == null
                || changes == null) {
            throw new IllegalArgumentException("an audit entry needs time, actor, action, record and changes");
        }
        occurredAt = occurredAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        changes = changes.stream().sorted(Comparator.comparing(FieldChange::field)).toList();
    }
}
