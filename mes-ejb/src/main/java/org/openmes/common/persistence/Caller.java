package org.openmes.common.persistence;

import jakarta.ejb.EJBContext;
import jakarta.json.JsonString;
import java.security.Principal;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who the current work is done for: the EJB caller principal. The audit stamps and the audit trail both
 * ask here, so that a record's {@code updated_by} and its trail entry always name the same actor.
 */
public final class Caller {
    /** The actor of work without a caller: start-up, timers, batch jobs (and everything until security exists). */
    public static final String SYSTEM = "system";

    private Caller() {
    }

    /** The caller principal's name, or empty when the work has no caller. */
    public static Optional<String> principalName() {
        return principal().map(Principal::getName);
    }

    /**
     * The caller principal, or empty when the work has no caller. For a caller authenticated by a token it is the
     * token ({@code org.eclipse.microprofile.jwt.JsonWebToken}) with its claims.
     */
    public static Optional<Principal> principal() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            if (principal == null || principal.getName() == null || "UNAUTHENTICATED".equals(principal.getName())) {
                return Optional.empty();
            }
            return Optional.of(principal);
        } catch (NamingException | IllegalStateException notInAnEjbCall) {
            // outside an EJB call there is no caller: the work is the system's own
            return Optional.empty();
        }
    }

    /**
     * A text claim of a caller authenticated by a token, or empty (no token, no such claim). Custom claims may come
     * as JSON values, whose toString() would keep the quotes.
     */
    public static Optional<String> tokenClaim(Principal principal, String claim) {
        if (!(principal instanceof JsonWebToken token) || !token.containsClaim(claim)) {
            return Optional.empty();
        }
        Object value = token.getClaim(claim);
        return Optional.of(value instanceof JsonString text ? text.getString() : String.valueOf(value));
    }

    /** The caller principal's name, or {@value #SYSTEM}. */
    public static String name() {
        return principalName().orElse(SYSTEM);
    }
}
