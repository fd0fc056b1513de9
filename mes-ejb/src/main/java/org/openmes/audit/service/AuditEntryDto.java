package org.openmes.audit.service;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.openmes.audit.model.ActorKind;
import org.openmes.audit.model.AuditAction;

/**
 * One entry of the audit trail as adapters see it: when (UTC), who (actor, its kind, the kiosk of an
 * operator), what (action, record type and id, the changed fields by path), why, in which request, and its
 * place in the hash chain.
 */
public class AuditEntryDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final OffsetDateTime occurredAt;
    private final String actor;
    private final ActorKind actorKind;
    private final String kiosk;
    private final AuditAction action;
    private final String entityType;
    private final String entityId;
    private final List<FieldChangeDto> changes;
    private final String reason;
    private final String correlationId;
    private final String previousHash;
    private final String hash;

    public AuditEntryDto(long id, OffsetDateTime occurredAt, String actor, ActorKind actorKind, String kiosk,
            AuditAction action, String entityType, String entityId, List<FieldChangeDto> changes, String reason,
            String correlationId, String previousHash, String hash) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorKind = actorKind;
        this.kiosk = kiosk;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.changes = List.copyOf(changes);
        this.reason = reason;
        this.correlationId = correlationId;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    public long getId() { return id; }
    public OffsetDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public ActorKind getActorKind() { return actorKind; }
    public String getKiosk() { return kiosk; }
    public AuditAction getAction() { return action; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public List<FieldChangeDto> getChanges() { return changes; }
    public String getReason() { return reason; }
    public String getCorrelationId() { return correlationId; }
    public String getPreviousHash() { return previousHash; }
    public String getHash() { return hash; }
}
