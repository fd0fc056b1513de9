package org.openmes.audit.service;

import jakarta.inject.Inject;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import org.openmes.common.persistence.AuditedEntity;

/**
 * The one place where changes of business records enter the audit trail: a default listener of the
 * persistence unit (META-INF/orm.xml), so every entity is covered without a line in any service. Records
 * are the entities extending {@link AuditedEntity}; everything is handed to {@link AuditTrail}.
 * <p>
 * {@code @PrePersist} and {@code @PreRemove} run when the service calls persist or remove, before any
 * flush: they make sure the trail joined the transaction before a flush at commit could add entries.
 */
public class AuditListener {

    @Inject
    AuditTrail trail;

    @PostLoad
    void loaded(Object entity) {
        if (entity instanceof AuditedEntity record) {
            trail.loaded(record);
        }
    }

    @PrePersist
    @PreRemove
    void writing(Object entity) {
        if (entity instanceof AuditedEntity) {
            trail.joinTransaction();
        }
    }

    @PostPersist
    void created(Object entity) {
        if (entity instanceof AuditedEntity record) {
            trail.created(record);
        }
    }

    @PostUpdate
    void updated(Object entity) {
        if (entity instanceof AuditedEntity record) {
            trail.updated(record);
        }
    }

    @PostRemove
    void deleted(Object entity) {
        if (entity instanceof AuditedEntity record) {
            trail.deleted(record);
        }
    }
}
