package org.openmes.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * Base of every edited entity: who created and last changed the row and when (server clock, UTC), and
 * the version used for optimistic locking. The columns are stamped by {@link AuditStampListener}; no
 * service sets them by hand.
 * Every insert, update and delete of such an entity is also recorded, field by field, in the audit trail
 * ({@code org.openmes.audit}), again without a line in any service.
 * <p>
 * An update is stamped only when a column of the row itself was assigned, which subclasses announce with
 * {@link #markRowChanged()}; see the listener for why the provider's own notion of a change is not enough.
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

    /** A column of this row was assigned since the row was last stamped. */
    @Transient
    private boolean rowChanged;

    /** To be called by every method that assigns a column of this row with a different value. */
    protected final void markRowChanged() {
        rowChanged = true;
    }

    boolean hasRowChanged() {
        return rowChanged;
    }

    void stampCreated(String actor, OffsetDateTime at) {
        createdAt = at;
        createdBy = actor;
        stampUpdated(actor, at);
    }

    void stampUpdated(String actor, OffsetDateTime at) {
        updatedAt = at;
        updatedBy = actor;
        rowChanged = false;
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
