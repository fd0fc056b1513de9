package org.openmes.kiosk.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.kiosk.model.Kiosk;
import org.openmes.kiosk.model.OperatorBadge;
import org.openmes.kiosk.model.PinCheck;
import org.openmes.kiosk.model.SecretHash;

/**
 * Kiosks and operator badges: registration and enrolment of devices, badges with PINs (salted PBKDF2, Jakarta
 * Security's {@link Pbkdf2PasswordHash}), and the badge-and-PIN check at a recognised kiosk with lockout
 * ({@code mes.kiosk.max-pin-failures} wrong PINs in a row lock a badge for {@code mes.kiosk.lockout-minutes}).
 */
@Stateless
public class KioskService {
    private static final String NOT_ACCEPTED = "Badge or PIN not accepted";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "mes")
    private EntityManager entityManager;

    @Inject
    private Pbkdf2PasswordHash pinHash;

    @Inject
    @ConfigProperty(name = "mes.kiosk.max-pin-failures", defaultValue = "5")
    private int maxPinFailures;

    @Inject
    @ConfigProperty(name = "mes.kiosk.lockout-minutes", defaultValue = "15")
    private int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "mes.kiosk.enrolment-hours", defaultValue = "24")
    private int enrolmentHours;

    @PostConstruct
    void configurePinHash() {
        // OWASP's recommendation for PBKDF2-HMAC-SHA256; a PIN is short, so the work factor is what protects it
        pinHash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    }

    /** Registers a kiosk and returns its first enrolment code. */
    public KioskRegistration register(KioskDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "A kiosk is required");
        }
        if (findKiosk(draft.code()).isPresent()) {
            throw new ConflictException("code", "A kiosk with code " + draft.code() + " already exists");
        }
        Kiosk kiosk = new Kiosk(draft.code(), draft.name(), draft.plantNodeId());
        entityManager.persist(kiosk);
        return startEnrolment(kiosk);
    }

    /** A new enrolment code for a kiosk; the device enrolled so far is no longer recognised. */
    public KioskRegistration newEnrolmentCode(long kioskId) {
        return startEnrolment(kiosk(kioskId));
    }

    public List<KioskDto> kiosks() {
        return entityManager.createQuery("select k from Kiosk k order by k.code", Kiosk.class).getResultStream().map(KioskService::toDto).toList();
    }

    /** Enrols the device that typed {@code enrolmentCode}; returns the secret the device keeps from now on. */
    public String enrolDevice(String enrolmentCode) {
        String hash = SecretHash.of(SecretHash.normalisedEnrolmentCode(enrolmentCode));
        Kiosk kiosk = entityManager.createQuery("select k from Kiosk k where k.enrolmentCodeHash = :hash", Kiosk.class)
                .setParameter("hash", hash).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("enrolmentCode", "Unknown or already used enrolment code"));
        String deviceSecret = SecretHash.newSecret(32);
        kiosk.enrol(SecretHash.of(deviceSecret), Instant.now());
        return deviceSecret;
    }

    /** The kiosk whose device holds {@code deviceSecret}, if it is an enrolled, active kiosk. */
    public Optional<KioskDto> kioskOf(String deviceSecret) {
        return deviceKiosk(deviceSecret).map(KioskService::toDto);
    }

    /**
     * Checks an operator's badge and PIN at the kiosk whose device holds {@code deviceSecret}. A refusal is an
     * answer, not an exception, so that the failure count it raised is committed.
     */
    public OperatorSignIn signIn(String deviceSecret, String badgeNumber, String pin) {
        Optional<Kiosk> kiosk = deviceKiosk(deviceSecret);
        if (kiosk.isEmpty()) {
            return new OperatorSignIn(PinCheck.INACTIVE, null, null, null, "This device is not a registered kiosk");
        }
        Optional<OperatorBadge> badge = badgeNumber == null || badgeNumber.isBlank() ? Optional.empty()
                : entityManager.createQuery("select b from OperatorBadge b where b.badgeNumber = :number", OperatorBadge.class)
                        .setParameter("number", badgeNumber.strip()).getResultStream().findFirst();
        if (badge.isEmpty()) {
            return new OperatorSignIn(PinCheck.WRONG_PIN, null, null, kiosk.get().getCode(), NOT_ACCEPTED);
        }
        OperatorBadge operator = badge.get();
        char[] typed = pin == null ? new char[0] : pin.toCharArray();
        PinCheck check = operator.attempt(hash -> pinHash.verify(typed, hash), Instant.now(), maxPinFailures,
                Duration.ofMinutes(lockoutMinutes));
        return switch (check) {
            case ACCEPTED -> new OperatorSignIn(check, operator.getPrincipalName(), operator.getDisplayName(), kiosk.get().getCode(), null);
            case LOCKED -> new OperatorSignIn(check, null, null, kiosk.get().getCode(), "Badge locked after " + maxPinFailures
                    + " wrong PINs until " + CLOCK.format(operator.getLockedUntil()) + "; ask your shift manager");
            case WRONG_PIN, INACTIVE -> new OperatorSignIn(check, null, null, kiosk.get().getCode(), NOT_ACCEPTED);
        };
    }

    /** Issues a badge with its first PIN. */
    public OperatorBadgeDto createBadge(OperatorBadgeDto draft, String pin) {
        if (draft == null) {
            throw new InvalidInputException(null, "A badge is required");
        }
        OperatorBadge.requireValidPin(pin);
        boolean taken = !entityManager.createQuery("select b.id from OperatorBadge b where b.badgeNumber = :number or b.principalName = :principal",
                        Long.class).setParameter("number", draft.badgeNumber()).setParameter("principal", draft.principalName())
                .getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("badgeNumber", "Badge " + draft.badgeNumber() + " or user " + draft.principalName() + " already has a badge");
        }
        OperatorBadge badge = new OperatorBadge(draft.badgeNumber(), draft.principalName(), draft.displayName(), pinHash.generate(pin.toCharArray()));
        entityManager.persist(badge);
        entityManager.flush();
        return toDto(badge);
    }

    /** Sets a new PIN, which also lifts a lock. */
    public OperatorBadgeDto changePin(long badgeId, String pin) {
        OperatorBadge.requireValidPin(pin);
        OperatorBadge badge = Optional.ofNullable(entityManager.find(OperatorBadge.class, badgeId))
                .orElseThrow(() -> new NotFoundException("OperatorBadge", badgeId));
        badge.changePin(pinHash.generate(pin.toCharArray()));
        return toDto(badge);
    }

    private KioskRegistration startEnrolment(Kiosk kiosk) {
        String code = SecretHash.newEnrolmentCode();
        Instant expires = Instant.now().plus(Duration.ofHours(enrolmentHours));
        kiosk.startEnrolment(SecretHash.of(SecretHash.normalisedEnrolmentCode(code)), expires);
        entityManager.flush();
        return new KioskRegistration(toDto(kiosk), code, expires.atOffset(ZoneOffset.UTC));
    }

    private Kiosk kiosk(long id) {
        return Optional.ofNullable(entityManager.find(Kiosk.class, id)).orElseThrow(() -> new NotFoundException("Kiosk", id));
    }

    private Optional<Kiosk> findKiosk(String code) {
        return code == null ? Optional.empty()
                : entityManager.createQuery("select k from Kiosk k where k.code = :code", Kiosk.class)
                        .setParameter("code", code.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private Optional<Kiosk> deviceKiosk(String deviceSecret) {
        if (deviceSecret == null || deviceSecret.isBlank()) {
            return Optional.empty();
        }
        String hash = SecretHash.of(deviceSecret);
        return entityManager.createQuery("select k from Kiosk k where k.deviceSecretHash = :hash", Kiosk.class)
                .setParameter("hash", hash).getResultStream().filter(kiosk -> kiosk.recognises(hash)).findFirst();
    }

    private static KioskDto toDto(Kiosk kiosk) {
        return new KioskDto(kiosk.getId(), kiosk.getCode(), kiosk.getName(), kiosk.getPlantNodeId(), kiosk.isEnrolled(),
                kiosk.getEnrolledAt(), kiosk.isActive());
    }

    private static OperatorBadgeDto toDto(OperatorBadge badge) {
        return new OperatorBadgeDto(badge.getId(), badge.getBadgeNumber(), badge.getPrincipalName(), badge.getDisplayName(),
                badge.getLockedUntil(), badge.isActive());
    }
}
