package org.openmes.audit.model;

import java.security.Principal;
import org.openmes.common.persistence.Caller;

/**
 * Who made a change: a user, an operator on kiosk {@code kiosk}, a service account or the system. Only an
 * operator has a kiosk.
 */
public record Actor(String name, ActorKind kind, String kiosk) {
    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_KIOSK_LENGTH = 60;

    public Actor {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("an actor needs a name of 1 to " + MAX_NAME_LENGTH + " characters: " + name);
        }
        if (kind == null) {
            throw new IllegalArgumentException("an actor needs a kind");
        }
        if ((kind == ActorKind.OPERATOR) != (kiosk != null)) {
            throw new IllegalArgumentException("an operator, and only an operator, works on a kiosk: " + kind + " " + kiosk);
        }
        if (kiosk != null && (kiosk.isBlank() || kiosk.length() > MAX_KIOSK_LENGTH)) {
            throw new IllegalArgumentException("a kiosk is named by 1 to " + MAX_KIOSK_LENGTH + " characters: " + kiosk);
        }
    }

    /** Claim of a kiosk session token naming the kiosk (org.openmes.kiosk.web.KioskSessionToken). */
    static final String KIOSK_CLAIM = "kiosk";

    /** The current EJB caller: an operator on a kiosk (kiosk session token), a user, or the system when there is none. */
    public static Actor ofCaller() {
        return Caller.principal()
                .map(Actor::of)
                .orElseGet(() -> new Actor(Caller.SYSTEM, ActorKind.SYSTEM, null));
    }

    /** The actor behind {@code principal}: an operator on a kiosk when its token names one, else a user. */
    public static Actor of(Principal principal) {
        return Caller.tokenClaim(principal, KIOSK_CLAIM)
                .map(kiosk -> new Actor(principal.getName(), ActorKind.OPERATOR, kiosk))
                .orElseGet(() -> new Actor(principal.getName(), ActorKind.USER, null));
    }
}
