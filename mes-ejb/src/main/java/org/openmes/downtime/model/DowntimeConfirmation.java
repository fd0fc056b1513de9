package org.openmes.downtime.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A manager's confirmation of a downtime event: the electronic signature (meaning APPROVED) that proves it. Kept
 * apart from the event so that confirming does not change the signed content; the event counts as confirmed while
 * the signature still holds for it. Never changed once written.
 */
@Entity
@Table(name = "downtime_confirmation")
public class DowntimeConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private DowntimeEvent event;

    @Column(name = "signature_id", nullable = false, updatable = false)
    private long signatureId;

    @Column(name = "confirmed_by", nullable = false, length = 120, updatable = false)
    private String confirmedBy;

    @Column(name = "confirmed_at", nullable = false, updatable = false)
    private OffsetDateTime confirmedAt;

    protected DowntimeConfirmation() {
    }

    public DowntimeConfirmation(DowntimeEvent event, long signatureId, String confirmedBy, OffsetDateTime confirmedAt) {
        this.event = event;
        this.signatureId = signatureId;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    public Long getId() {
        return id;
    }

    public DowntimeEvent getEvent() {
        return event;
    }

    public long getSignatureId() {
        return signatureId;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }
}
