package org.openmes.common.persistence;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stamps created/updated at/by on every {@link AuditedEntity}. The actor is the {@link Caller}; work
 * without a caller (start-up, timers before security exists) is stamped {@value Caller#SYSTEM}.
 * <p>
 * An update is stamped only when the entity assigned a column of its own row. EclipseLink calls
 * {@code @PreUpdate} for every entity with a pending change, including a change that writes no column of
 * the row (a child added to a parent's mapped-by {@code children}); stamping then would turn that into
 * an update of the row and move its version, and an edit of the parent would fail as stale.
 */
public class AuditStampListener {

    @PrePersist
    void beforeInsert(AuditedEntity entity) {
        entity.stampCreated(Caller.name(), now());
    }

    @PreUpdate
    void beforeUpdate(AuditedEntity entity) {
        if (entity.hasRowChanged()) {
            entity.stampUpdated(Caller.name(), now());
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
