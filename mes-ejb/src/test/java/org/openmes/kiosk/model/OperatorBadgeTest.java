package org.openmes.kiosk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openmes.common.InvalidInputException;

class OperatorBadgeTest {
    private static final Instant NOW = Instant.parse("2026-11-21T06:00:00Z");
    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Predicate<String> RIGHT = hash -> true;
    private static final Predicate<String> WRONG = hash -> false;

    private final OperatorBadge badge = new OperatorBadge("B-1042", "op-1042", "Maria Lopez", "hash");

    @Test
    void theFifthWrongPinInARowLocksTheBadge() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(PinCheck.WRONG_PIN, badge.attempt(WRONG, NOW, 5, LOCKOUT), "attempt " + i);
        }
        assertEquals(PinCheck.LOCKED, badge.attempt(WRONG, NOW, 5, LOCKOUT));
        assertTrue(badge.isLockedAt(NOW.plus(LOCKOUT).minusSeconds(1)));
    }

    @Test
    void aLockedBadgeRefusesEvenTheRightPinUntilTheLockEnds() {
        for (int i = 0; i < 5; i++) {
            badge.attempt(WRONG, NOW, 5, LOCKOUT);
        }
        assertEquals(PinCheck.LOCKED, badge.attempt(RIGHT, NOW.plusSeconds(60), 5, LOCKOUT));
        assertEquals(PinCheck.ACCEPTED, badge.attempt(RIGHT, NOW.plus(LOCKOUT).plusSeconds(1), 5, LOCKOUT));
    }

    @Test
    void theRightPinStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            badge.attempt(WRONG, NOW, 5, LOCKOUT);
        }
        assertEquals(PinCheck.ACCEPTED, badge.attempt(RIGHT, NOW, 5, LOCKOUT));
        for (int i = 0; i < 4; i++) {
            assertEquals(PinCheck.WRONG_PIN, badge.attempt(WRONG, NOW, 5, LOCKOUT));
        }
    }

    @Test
    void aNewPinLiftsTheLock() {
        for (int i = 0; i < 5; i++) {
            badge.attempt(WRONG, NOW, 5, LOCKOUT);
        }
        badge.changePin("new hash");
        assertFalse(badge.isLockedAt(NOW));
    }

    @Test
    void aPinIsFourToTwelveDigits() {
        OperatorBadge.requireValidPin("1234");
        assertThrows(InvalidInputException.class, () -> OperatorBadge.requireValidPin("123"));
        assertThrows(InvalidInputException.class, () -> OperatorBadge.requireValidPin("12ab"));
        assertThrows(InvalidInputException.class, () -> OperatorBadge.requireValidPin(null));
    }
}
