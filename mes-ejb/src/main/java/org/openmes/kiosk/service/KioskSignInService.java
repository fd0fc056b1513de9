package org.openmes.kiosk.service;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.Caller;
import org.openmes.kiosk.model.Kiosk;
import org.openmes.kiosk.model.OperatorBadge;
import org.openmes.kiosk.model.PinCheck;
import org.openmes.kiosk.model.SecretHash;

/**
 * What a kiosk does before anyone is signed in there, so open to callers without a sign-in: enrolling the device
 * with its one-time code, recognising an enrolled device, and checking an operator's badge and PIN with lockout
 * ({@code mes.kiosk.max-pin-failures} wrong PINs in a row lock a badge for {@code mes.kiosk.lockout-minutes}).
 * Each of them needs a secret only the device or the operator has.
 */
@Stateless
public class KioskSignInService {
    private static final String NOT_ACCEPTED = "Badge or PIN not accepted";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "mes")
    private EntityManager entityManager;

    @Inject
    private PinHashing pins;

    @Inject
    @ConfigProperty(name = "mes.kiosk.max-pin-failures", defaultValue = "5")
    private int maxPinFailures;

    @Inject
    @ConfigProperty(name = "mes.kiosk.lockout-minutes", defaultValue = "15")
    private int lockoutMinutes;

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
        return deviceKiosk(deviceSecret).map(KioskDto::of);
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
        return check(badge.get(), pin, kiosk.get().getCode());
    }

    /**
     * The signed-in operator's PIN again, as the proof of identity an electronic signature at a kiosk needs. In a
     * transaction of its own, so that a wrong PIN counts towards the lockout even when the signing is refused.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OperatorSignIn confirmPin(String kioskCode, String pin) {
        Optional<OperatorBadge> badge = Caller.principalName().flatMap(operator -> entityManager
                .createQuery("select b from OperatorBadge b where b.principalName = :principal", OperatorBadge.class)
                .setParameter("principal", operator).getResultStream().findFirst());
        return badge.isEmpty() ? new OperatorSignIn(PinCheck.INACTIVE, null, null, kioskCode, "No badge for the signed-in operator")
                : check(badge.get(), pin, kioskCode);
    }

    private OperatorSignIn check(OperatorBadge operator, String pin, String kioskCode) {
        PinCheck check = operator.attempt(hash -> pins.matches(pin, hash), Instant.now(), maxPinFailures,
                Duration.ofMinutes(lockoutMinutes));
        return switch (check) {
            case ACCEPTED -> new OperatorSignIn(check, operator.getPrincipalName(), operator.getDisplayName(), kioskCode, null);
            case LOCKED -> new OperatorSignIn(check, null, null, kioskCode, "Badge locked after " + maxPinFailures
                    + " wrong PINs until " + CLOCK.format(operator.getLockedUntil()) + "; ask your shift manager");
            case WRONG_PIN, INACTIVE -> new OperatorSignIn(check, null, null, kioskCode, NOT_ACCEPTED);
        };
    }

    private Optional<Kiosk> deviceKiosk(String deviceSecret) {
        if (deviceSecret == null || deviceSecret.isBlank()) {
            return Optional.empty();
        }
        String hash = SecretHash.of(deviceSecret);
        return entityManager.createQuery("select k from Kiosk k where k.deviceSecretHash = :hash", Kiosk.class)
                .setParameter("hash", hash).getResultStream().filter(kiosk -> kiosk.recognises(hash)).findFirst();
    }
}
