package org.openmes.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SessionTimeoutTest {

    @Test
    void aPositiveNumberOfMinutesIsTaken() {
        assertEquals(1, SessionTimeout.checked(1));
        assertEquals(480, SessionTimeout.checked(480));
    }

    @Test
    void sessionsThatNeverExpireAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SessionTimeout.checked(0));
        assertThrows(IllegalArgumentException.class, () -> SessionTimeout.checked(-1));
    }
}
