package org.openmes.kiosk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.common.persistence.Confidential;

/**
 * A registered shop-floor device. Registered by an administrator, who gets a one-time enrolment code; typing that
 * code on the device enrols it, and from then on the device is recognised by a secret it keeps (only its hash is
 * stored here). A new enrolment code revokes the device secret, so a lost or replaced thin client stops being a
 * kiosk at once.
 */
@Entity
@Table(name = "kiosk")
public class Kiosk extends AuditedEntity {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "plant_node_id")
    private Long plantNodeId;

    @Confidential
    @Column(name = "enrolment_code_hash", length = 64)
    private String enrolmentCodeHash;

    @Column(name = "enrolment_expires_at")
    private OffsetDateTime enrolmentExpiresAt;

    @Confidential
    @Column(name = "device_secret_hash", length = 64)
    private String deviceSecretHash;

    @Column(name = "enrolled_at")
    private OffsetDateTime enrolledAt;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Kiosk() {
    }

    public Kiosk(String code, String name, Long plantNodeId) {
        if (code == null || !CODE.matcher(code.strip().toUpperCase(Locale.ROOT)).matches()) {
            throw new InvalidInputException("code", "A kiosk code is 1 to 40 letters, digits, '.', '_' or '-'");
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new InvalidInputException("name", "A kiosk name of 1 to 120 characters is required");
        }
        this.code = code.strip().toUpperCase(Locale.ROOT);
        this.name = name.strip();
        this.plantNodeId = plantNodeId;
    }

    /** Starts a (new) enrolment: the code's hash is kept until {@code expiresAt}; any enrolled device stops being recognised. */
    public void startEnrolment(String enrolmentCodeHash, Instant expiresAt) {
        this.enrolmentCodeHash = enrolmentCodeHash;
        this.enrolmentExpiresAt = expiresAt.atOffset(ZoneOffset.UTC);
        this.deviceSecretHash = null;
        this.enrolledAt = null;
        markRowChanged();
    }

    /** Enrols the device that typed the enrolment code: from now on it is recognised by {@code deviceSecretHash}. */
    public void enrol(String deviceSecretHash, Instant now) {
        if (!active) {
            throw new ConflictException("enrolmentCode", "Kiosk " + code + " is deactivated");
        }
        if (enrolmentExpiresAt == null || enrolmentExpiresAt.toInstant().isBefore(now)) {
            throw new ConflictException("enrolmentCode", "The enrolment code has expired; ask for a new one");
        }
        this.deviceSecretHash = deviceSecretHash;
        this.enrolledAt = now.atOffset(ZoneOffset.UTC);
        this.enrolmentCodeHash = null;
        this.enrolmentExpiresAt = null;
        markRowChanged();
    }

    /** Whether the device holding the secret with this hash is this kiosk, and the kiosk is in use. */
    public boolean recognises(String presentedSecretHash) {
        return active && deviceSecretHash != null && deviceSecretHash.equals(presentedSecretHash);
    }

    public void setActive(boolean active) {
        if (this.active != active) {
            this.active = active;
            markRowChanged();
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Long getPlantNodeId() {
        return plantNodeId;
    }

    public boolean isEnrolled() {
        return deviceSecretHash != null;
    }

    public OffsetDateTime getEnrolledAt() {
        return enrolledAt;
    }

    public boolean isActive() {
        return active;
    }
}
