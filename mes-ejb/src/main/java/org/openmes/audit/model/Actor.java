package org.openmes.audit.model;

import jakarta.json.JsonString;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
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

    static Actor of(Principal principal) {
        if (principal instanceof JsonWebToken token && token.containsClaim(KIOSK_CLAIM)) {
            Object kiosk = token.getClaim(KIOSK_CLAIM);
            // custom claims may come as JSON values, whose toString() would keep the quotes
            return new Actor(principal.getName(), ActorKind.OPERATOR, kiosk instanceof JsonString text ? text.getString() : String.valueOf(kiosk));
        }
        return new Actor(principal.getName(), ActorKind.USER, null);
    }
}
