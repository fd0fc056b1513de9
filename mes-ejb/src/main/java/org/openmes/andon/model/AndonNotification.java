package org.openmes.andon.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One message of the andon outbox: who is told about a call at a level, by which channel and at which address, and how
 * its delivery went. Written in the transaction of the escalation step; delivered after it commits. Unique per call,
 * level, recipient and channel.
 */
@Entity
@Table(name = "andon_notification")
public class AndonNotification {
    /** Longest reason kept for a failure. */
    public static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false, updatable = false)
    private Long callId;

    @Column(name = "level", nullable = false, updatable = false)
    private int level;

    @Column(name = "recipient", nullable = false, updatable = false, length = 120)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 5)
    private NotificationChannel channel;

    @Column(name = "address", updatable = false, length = 254)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 7)
    private NotificationStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AndonNotification() {
    }

    private AndonNotification(long callId, int level, String recipient, NotificationChannel channel, String address, Instant at) {
        this.callId = callId;
        this.level = level;
        this.recipient = recipient.length() > 120 ? recipient.substring(0, 120) : recipient;
        this.channel = channel;
        this.address = address;
        this.createdAt = at.atOffset(ZoneOffset.UTC);
    }

    /** A message to send to {@code address} as soon as the step commits. */
    public static AndonNotification pending(long callId, int level, String recipient, NotificationChannel channel, String address,
                                            Instant at) {
        AndonNotification notification = new AndonNotification(callId, level, recipient, channel, address, at);
        notification.status = NotificationStatus.PENDING;
        notification.nextAttemptAt = notification.createdAt;
        return notification;
    }

    /** A message that cannot be sent at all (nobody to send to, no address on record), failed at once with the reason. */
    public static AndonNotification undeliverable(long callId, int level, String recipient, NotificationChannel channel, String reason,
                                                  Instant at) {
        AndonNotification notification = new AndonNotification(callId, level, recipient, channel, null, at);
        notification.status = NotificationStatus.FAILED;
        notification.lastError = truncate(reason);
        return notification;
    }

    /** Whether a sender should try this one now: not sent, an address to send to, attempts left, and due. */
    public boolean isDue(Instant now, int maxAttempts) {
        return status != NotificationStatus.SENT && nextAttemptAt != null && attempts < maxAttempts && !nextAttemptAt.toInstant().isAfter(now);
    }

    /** Delivered now. */
    public void sent(Instant at) {
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = at.atOffset(ZoneOffset.UTC);
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * This attempt failed for {@code reason}; the next waits {@code backoff} × 2^(attempts − 1), and there is none after
     * {@code maxAttempts}.
     */
    public void failed(String reason, Instant at, Duration backoff, int maxAttempts) {
        attempts++;
        status = NotificationStatus.FAILED;
        lastError = truncate(reason == null || reason.isBlank() ? "failed without a reason" : reason);
        nextAttemptAt = attempts >= maxAttempts ? null
                : at.plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 16))).atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String reason) {
        return reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason;
    }

    public Long getId() {
        return id;
    }

    public long getCallId() {
        return callId;
    }

    public int getLevel() {
        return level;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationChannel getChannel() {
        return channel;
    }

    public String getAddress() {
        return address;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt == null ? null : nextAttemptAt.toInstant();
    }

    public Instant getSentAt() {
        return sentAt == null ? null : sentAt.toInstant();
    }
}
