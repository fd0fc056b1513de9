package org.openmes.andon.model;

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

/** One step of a call's history: what happened, when, by whom, at which level, who was called, and a note. Never changed. */
@Entity
@Table(name = "andon_call_event")
public class AndonCallEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false, updatable = false)
    private Long callId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 14)
    private AndonEventKind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 120)
    private String actor;

    @Column(name = "level", nullable = false, updatable = false)
    private int level;

    @Column(name = "recipients", updatable = false, length = 1000)
    private String recipients;

    @Column(name = "note", updatable = false, length = 2000)
    private String note;

    protected AndonCallEvent() {
    }

    public AndonCallEvent(long callId, AndonEventKind kind, Instant at, String actor, int level, String recipients, String note) {
        this.callId = callId;
        this.kind = kind;
        this.occurredAt = at.atOffset(ZoneOffset.UTC);
        this.actor = actor;
        this.level = level;
        this.recipients = recipients;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
    }

    public AndonEventKind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant();
    }

    public String getActor() {
        return actor;
    }

    public int getLevel() {
        return level;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getNote() {
        return note;
    }
}
