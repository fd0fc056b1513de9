package org.openmes.signature.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The rule that makes a re-authentication at the OpenID provider count as proof of identity for a signature: the
 * provider authenticated the signed-in user themselves, after the signing started. The time of authentication is the
 * ID token's {@code auth_time}; a provider that does not send it (Liberty's own provider, used for the demo) is
 * accepted only where {@code authTimeRequired} is off, and then the token's issue time stands in for it, which the
 * {@code prompt=login} of the request makes the time of a fresh login.
 *
 * @param signedInUser the MES caller who asked to sign
 * @param subject the user the provider authenticated
 * @param authTime the token's {@code auth_time}, or null
 * @param issuedAt the token's {@code iat}
 */
public record FreshAuthentication(String signedInUser, String subject, Instant authTime, Instant issuedAt) {
    /** Tolerated difference between the provider's clock and ours. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    public FreshAuthentication {
        Objects.requireNonNull(signedInUser, "signedInUser");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /**
     * The moment the user proved their identity, if it counts for a signing started at {@code signingStartedAt};
     * otherwise a {@link SignatureRefusedException} that says why.
     */
    public Instant verify(Instant signingStartedAt, boolean authTimeRequired) {
        if (!signedInUser.equals(subject)) {
            throw new SignatureRefusedException("The provider signed in " + subject + ", not " + signedInUser
                    + ": only the signed-in user can sign");
        }
        if (authTime == null && authTimeRequired) {
            throw new SignatureRefusedException("The OpenID provider did not say when the user signed in (no auth_time)");
        }
        Instant authenticatedAt = authTime != null ? authTime : issuedAt;
        if (authenticatedAt.isBefore(signingStartedAt.minus(CLOCK_SKEW))) {
            throw new SignatureRefusedException("The provider did not ask for the password again (last sign-in "
                    + authenticatedAt + ", signing started " + signingStartedAt + ")");
        }
        return authenticatedAt;
    }
}
