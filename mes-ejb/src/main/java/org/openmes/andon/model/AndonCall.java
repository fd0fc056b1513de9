package org.openmes.andon.model;

import org.openmes.common.shopfloor.AndonPriority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * A call for help on a production line. It starts open at escalation level 1; acknowledging it and resolving it
 * (with notes) are the people's steps, moving it up a level the escalation's (by a timer or by hand). Every move of
 * the escalation bumps {@code escalationSequence}, so a timer set for an earlier step finds itself stale.
 */
@Entity
@Table(name = "andon_call")
public class AndonCall extends AuditedEntity {
    private static final String STATUS = "status";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_id", nullable = false, updatable = false)
    private Long lineId;

    @Column(name = "equipment_id", updatable = false)
    private Long equipmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 12)
    private AndonKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, updatable = false, length = 10)
    private AndonPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 10)
    private AndonSource source;

    @Column(name = "description", updatable = false, length = 1000)
    private String description;

    @Column(name = "fault_code", updatable = false, length = 60)
    private String faultCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 14)
    private AndonStatus status;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "escalation_sequence", nullable = false)
    private int escalationSequence;

    @Column(name = "next_escalation_at")
    private OffsetDateTime nextEscalationAt;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private OffsetDateTime raisedAt;

    @Column(name = "raised_by", nullable = false, updatable = false, length = 120)
    private String raisedBy;

    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by", length = 120)
    private String acknowledgedBy;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(name = "resolved_by", length = 120)
    private String resolvedBy;

    @Column(name = "resolution_notes", length = 2000)
    private String resolutionNotes;

    protected AndonCall() {
    }

    /** A new open call at level 1; a null priority is the kind's default. */
    public AndonCall(long lineId, Long equipmentId, AndonKind kind, AndonPriority priority, AndonSource source, String description,
                     String faultCode, String raisedBy, Instant at) {
        if (kind == null) {
            throw new InvalidInputException("kind", "What the call is about is required: MAINTENANCE, QUALITY, MATERIAL or HELP");
        }
        if (description != null && description.strip().length() > 1000) {
            throw new InvalidInputException("description", "A description has at most 1000 characters");
        }
        this.lineId = lineId;
        this.equipmentId = equipmentId;
        this.kind = kind;
        this.priority = priority == null ? kind.defaultPriority() : priority;
        this.source = source;
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.faultCode = faultCode;
        this.status = AndonStatus.OPEN;
        this.escalationLevel = 1;
        this.raisedBy = raisedBy;
        this.raisedAt = at.atOffset(ZoneOffset.UTC);
    }

    /** Someone has seen the call and is on the way. */
    public void acknowledge(String by, Instant at) {
        if (status != AndonStatus.OPEN) {
            throw new ConflictException(STATUS, "Andon call " + id + " is " + label(status) + "; only an open call can be acknowledged");
        }
        status = AndonStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at.atOffset(ZoneOffset.UTC);
        escalationSequence++;
        markRowChanged();
    }

    /** The problem is solved; the notes say how. */
    public void resolve(String notes, String by, Instant at) {
        requireNotResolved("resolved");
        if (notes == null || notes.isBlank() || notes.strip().length() > 2000) {
            throw new InvalidInputException("notes", "Resolution notes of 1 to 2000 characters are required");
        }
        status = AndonStatus.RESOLVED;
        resolutionNotes = notes.strip();
        resolvedBy = by;
        resolvedAt = at.atOffset(ZoneOffset.UTC);
        nextEscalationAt = null;
        escalationSequence++;
        markRowChanged();
    }

    /** Moves the call up to {@code level} (by its timer or by hand). */
    public void escalateTo(int level) {
        requireNotResolved("escalated");
        if (level <= escalationLevel) {
            throw new ConflictException("level", "Andon call " + id + " is at level " + escalationLevel + " already");
        }
        escalationLevel = level;
        escalationSequence++;
        markRowChanged();
    }

    /** When the escalation moves the call up next unless someone acts first; null when it will not. */
    public void planNextEscalation(Instant at) {
        nextEscalationAt = at == null ? null : at.atOffset(ZoneOffset.UTC);
        markRowChanged();
    }

    private void requireNotResolved(String step) {
        if (status == AndonStatus.RESOLVED) {
            throw new ConflictException(STATUS, "Andon call " + id + " is resolved; a resolved call cannot be " + step);
        }
    }

    private static String label(AndonStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public Long getLineId() {
        return lineId;
    }

    public Long getEquipmentId() {
        return equipmentId;
    }

    public AndonKind getKind() {
        return kind;
    }

    public AndonPriority getPriority() {
        return priority;
    }

    public AndonSource getSource() {
        return source;
    }

    public String getDescription() {
        return description;
    }

    public String getFaultCode() {
        return faultCode;
    }

    public AndonStatus getStatus() {
        return status;
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    public int getEscalationSequence() {
        return escalationSequence;
    }

    public Instant getNextEscalationAt() {
        return nextEscalationAt == null ? null : nextEscalationAt.toInstant();
    }

    public Instant getRaisedAt() {
        return raisedAt.toInstant();
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt == null ? null : acknowledgedAt.toInstant();
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt == null ? null : resolvedAt.toInstant();
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public String getResolutionNotes() {
        return resolutionNotes;
    }
}
