package org.openmes.kiosk.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.kiosk.model.Kiosk;
import org.openmes.kiosk.model.OperatorBadge;
import org.openmes.kiosk.model.SecretHash;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Managing kiosks and operator badges: registering kiosks (with one-time enrolment codes), issuing badges and
 * setting PINs. What a kiosk does before anyone is signed in is {@link KioskSignInService}'s.
 */
@Stateless
@RequiresPermission(Permission.KIOSK_MANAGE)
public class KioskService {
    @PersistenceContext(unitName = "mes")
    private EntityManager entityManager;

    @Inject
    private PinHashing pins;

    @Inject
    @ConfigProperty(name = "mes.kiosk.enrolment-hours", defaultValue = "24")
    private int enrolmentHours;

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
        return entityManager.createQuery("select k from Kiosk k order by k.code", Kiosk.class).getResultStream().map(KioskDto::of).toList();
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
        OperatorBadge badge = new OperatorBadge(draft.badgeNumber(), draft.principalName(), draft.displayName(), pins.hash(pin));
        entityManager.persist(badge);
        entityManager.flush();
        return toDto(badge);
    }

    /** Sets a new PIN, which also lifts a lock. */
    public OperatorBadgeDto changePin(long badgeId, String pin) {
        OperatorBadge.requireValidPin(pin);
        OperatorBadge badge = Optional.ofNullable(entityManager.find(OperatorBadge.class, badgeId))
                .orElseThrow(() -> new NotFoundException("OperatorBadge", badgeId));
        badge.changePin(pins.hash(pin));
        return toDto(badge);
    }

    private KioskRegistration startEnrolment(Kiosk kiosk) {
        String code = SecretHash.newEnrolmentCode();
        Instant expires = Instant.now().plus(Duration.ofHours(enrolmentHours));
        kiosk.startEnrolment(SecretHash.of(SecretHash.normalisedEnrolmentCode(code)), expires);
        entityManager.flush();
        return new KioskRegistration(KioskDto.of(kiosk), code, expires.atOffset(ZoneOffset.UTC));
    }

    private Kiosk kiosk(long id) {
        return Optional.ofNullable(entityManager.find(Kiosk.class, id)).orElseThrow(() -> new NotFoundException("Kiosk", id));
    }

    private Optional<Kiosk> findKiosk(String code) {
        return code == null ? Optional.empty()
                : entityManager.createQuery("select k from Kiosk k where k.code = :code", Kiosk.class)
                        .setParameter("code", code.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private static OperatorBadgeDto toDto(OperatorBadge badge) {
        return new OperatorBadgeDto(badge.getId(), badge.getBadgeNumber(), badge.getPrincipalName(), badge.getDisplayName(),
                badge.getLockedUntil(), badge.isActive());
    }
}
