package org.openmes.kiosk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.common.persistence.Confidential;

/**
 * An operator's badge: the number printed on it (typed, or scanned by a keyboard-wedge reader), the user the operator
 * is in the MES, and the PIN that goes with it, stored as a salted PBKDF2 hash. Too many wrong PINs in a row lock the
 * badge for a while; a right PIN starts the count again.
 */
@Entity
@Table(name = "operator_badge")
public class OperatorBadge extends AuditedEntity {
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final Pattern PIN = Pattern.compile("[0-9]{4,12}");
    private static final Pattern PRINCIPAL = Pattern.compile("[a-z0-9][a-z0-9._-]{0,119}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "badge_number", nullable = false, length = 40)
    private String badgeNumber;

    @Column(name = "principal_name", nullable = false, length = 120)
    private String principalName;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Confidential
    @Column(name = "pin_hash", nullable = false, length = 400)
    private String pinHash;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected OperatorBadge() {
    }

    public OperatorBadge(String badgeNumber, String principalName, String displayName, String pinHash) {
        if (badgeNumber == null || !NUMBER.matcher(badgeNumber.strip()).matches()) {
            throw new InvalidInputException("badgeNumber", "A badge number is 1 to 40 letters, digits or '-'");
        }
        if (principalName == null || !PRINCIPAL.matcher(principalName.strip()).matches()) {
            throw new InvalidInputException("principalName", "A user name is 1 to 120 lower-case letters, digits, '.', '_' or '-'");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
            throw new InvalidInputException("displayName", "A name of 1 to 120 characters is required");
        }
        this.badgeNumber = badgeNumber.strip();
        this.principalName = principalName.strip();
        this.displayName = displayName.strip();
        this.pinHash = pinHash;
    }

    /** Checks that {@code pin} is acceptable as a PIN (4 to 12 digits), before it is hashed. */
    public static void requireValidPin(String pin) {
        if (pin == null || !PIN.matcher(pin).matches()) {
            throw new InvalidInputException("pin", "A PIN is 4 to 12 digits");
        }
    }

    /**
     * One attempt with a PIN: {@code pinMatches} tells whether the typed PIN matches the stored hash. After
     * {@code maxFailures} wrong PINs in a row the badge is locked for {@code lockout}.
     */
    public PinCheck attempt(Predicate<String> pinMatches, Instant now, int maxFailures, Duration lockout) {
        if (!active) {
            return PinCheck.INACTIVE;
        }
        if (isLockedAt(now)) {
            return PinCheck.LOCKED;
        }
        if (pinMatches.test(pinHash)) {
            if (failedAttempts != 0 || lockedUntil != null) {
                failedAttempts = 0;
                lockedUntil = null;
                markRowChanged();
            }
            return PinCheck.ACCEPTED;
        }
        failedAttempts++;
        markRowChanged();
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockout).atOffset(ZoneOffset.UTC);
            failedAttempts = 0;
            return PinCheck.LOCKED;
        }
        return PinCheck.WRONG_PIN;
    }

    /** A new PIN (its hash), which also lifts a lock. */
    public void changePin(String newPinHash) {
        pinHash = newPinHash;
        failedAttempts = 0;
        lockedUntil = null;
        markRowChanged();
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getBadgeNumber() {
        return badgeNumber;
    }

    public String getPrincipalName() {
        return principalName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public boolean isActive() {
        return active;
    }
}
