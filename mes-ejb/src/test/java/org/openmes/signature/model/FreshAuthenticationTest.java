package org.openmes.signature.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FreshAuthenticationTest {
    private static final Instant STARTED = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void anAuthTimeAfterTheSigningStartedIsTheMomentOfProof() {
        Instant authTime = STARTED.plusSeconds(20);
        assertEquals(authTime, new FreshAuthentication("anna", "anna", authTime, authTime.plusSeconds(1)).verify(STARTED, true));
    }

    @Test
    void anOldSignInIsNoProofEvenInAFreshToken() {
        FreshAuthentication reusedSession = new FreshAuthentication("anna", "anna", STARTED.minusSeconds(3600), STARTED.plusSeconds(5));
        SignatureRefusedException refused = assertThrows(SignatureRefusedException.class, () -> reusedSession.verify(STARTED, true));
        assertTrue(refused.getMessage().contains("did not ask for the password again"), refused.getMessage());
    }

    @Test
    void someoneElseSigningInCannotSignForTheSignedInUser() {
        FreshAuthentication other = new FreshAuthentication("anna", "boris", STARTED.plusSeconds(5), STARTED.plusSeconds(5));
        assertThrows(SignatureRefusedException.class, () -> other.verify(STARTED, true));
    }

    @Test
    void withoutAuthTimeATokenCountsOnlyWhereThatIsAllowed() {
        FreshAuthentication noAuthTime = new FreshAuthentication("anna", "anna", null, STARTED.plusSeconds(5));
        assertThrows(SignatureRefusedException.class, () -> noAuthTime.verify(STARTED, true));
        assertEquals(STARTED.plusSeconds(5), noAuthTime.verify(STARTED, false));
    }

    @Test
    void withoutAuthTimeATokenIssuedBeforeTheSigningIsNoProof() {
        FreshAuthentication old = new FreshAuthentication("anna", "anna", null, STARTED.minusSeconds(600));
        assertThrows(SignatureRefusedException.class, () -> old.verify(STARTED, false));
    }

    @Test
    void theProvidersClockMayBeSlightlyBehind() {
        Instant authTime = STARTED.minus(FreshAuthentication.CLOCK_SKEW).plusSeconds(1);
        assertEquals(authTime, new FreshAuthentication("anna", "anna", authTime, authTime).verify(STARTED, true));
    }
}
