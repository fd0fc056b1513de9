package org.openmes.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * Base of every edited entity: who created and last changed the row and when (server clock, UTC), and
 * the version used for optimistic locking. The columns are stamped by {@link AuditStampListener}; no
 * service sets them by hand.
 */
@MappedSuperclass
@EntityListeners(AuditStampListener.class)
public abstract class AuditedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 120)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 120)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    void stampCreated(String actor, OffsetDateTime at) {
        createdAt = at;
        createdBy = actor;
        stampUpdated(actor, at);
    }

    void stampUpdated(String actor, OffsetDateTime at) {
        updatedAt = at;
        updatedBy = actor;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
