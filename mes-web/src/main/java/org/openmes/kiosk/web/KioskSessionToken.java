package org.openmes.kiosk.web;

import com.ibm.websphere.security.jwt.InvalidBuilderException;
import com.ibm.websphere.security.jwt.InvalidClaimException;
import com.ibm.websphere.security.jwt.JwtBuilder;
import com.ibm.websphere.security.jwt.JwtException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.openmes.common.persistence.Caller;

/**
 * The operator's kiosk session: a JWT signed by Liberty's JWT builder "kioskSession" (server.xml) with the server's
 * own key, naming the operator (subject), their group {@code mes-operator}, the kiosk and the operator's name. It
 * expires after the idle time; the server's MicroProfile JWT configuration "kioskSession" checks it on every request.
 */
final class KioskSessionToken {
    /** Claim naming the kiosk the operator works at (the audit trail records it with every change). */
    static final String KIOSK_CLAIM = "kiosk";
    static final String NAME_CLAIM = "name";
    /** The IdP-style group every kiosk operator is in; mapped to the OPERATOR role like any corporate group. */
    static final String OPERATOR_GROUP = "mes-operator";
    private static final String BUILDER = "kioskSession";

    private KioskSessionToken() {
    }

    /** A text claim of a kiosk session, or null. */
    static String text(JsonWebToken token, String claim) {
        return Caller.tokenClaim(token, claim).orElse(null);
    }

    static String issue(String operator, String displayName, String kioskCode, Duration idleTimeout) {
        try {
            return JwtBuilder.create(BUILDER)
                    .subject(operator)
                    .claim("upn", operator)
                    .claim("groups", List.of(OPERATOR_GROUP))
                    .claim(KIOSK_CLAIM, kioskCode)
                    .claim(NAME_CLAIM, displayName)
                    .expirationTime(Instant.now().plus(idleTimeout).getEpochSecond())
                    .buildJwt()
                    .compact();
        } catch (InvalidBuilderException | InvalidClaimException | JwtException e) {
            throw new IllegalStateException("Could not issue the kiosk session; check the jwtBuilder kioskSession in server.xml", e);
        }
    }
}
