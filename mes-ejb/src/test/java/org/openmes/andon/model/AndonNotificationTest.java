package org.openmes.andon.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AndonNotificationTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aFailedAttemptIsRetriedWithADoublingWaitUntilTheAttemptsRunOut() {
        AndonNotification sms = AndonNotification.pending(7, 1, "ann", NotificationChannel.SMS, "+49171", T0);
        assertTrue(sms.isDue(T0, 3));

        sms.failed("SMS gateway answered HTTP 503", T0, Duration.ofSeconds(30), 3);
        assertEquals(NotificationStatus.FAILED, sms.getStatus());
        assertEquals("SMS gateway answered HTTP 503", sms.getLastError());
        assertEquals(T0.plusSeconds(30), sms.getNextAttemptAt());
        assertFalse(sms.isDue(T0.plusSeconds(29), 3));

        sms.failed("SMS gateway answered HTTP 503", T0.plusSeconds(30), Duration.ofSeconds(30), 3);
        assertEquals(T0.plusSeconds(90), sms.getNextAttemptAt());
        sms.failed("timed out", T0.plusSeconds(90), Duration.ofSeconds(30), 3);
        assertEquals(3, sms.getAttempts());
        assertNull(sms.getNextAttemptAt(), "no attempt after the last");
        assertFalse(sms.isDue(T0.plusSeconds(1_000), 3));
        assertEquals("timed out", sms.getLastError());
    }

    @Test
    void aSentMessageIsNeverDueAgain() {
        AndonNotification mail = AndonNotification.pending(7, 2, "bob", NotificationChannel.EMAIL, "bob@plant.test", T0);
        mail.failed("connection refused", T0, Duration.ofSeconds(1), 5);
        mail.sent(T0.plusSeconds(1));
        assertEquals(NotificationStatus.SENT, mail.getStatus());
        assertEquals(2, mail.getAttempts());
        assertNull(mail.getLastError());
        assertFalse(mail.isDue(T0.plusSeconds(3_600), 5));
    }

    @Test
    void aMessageWithNobodyToSendToFailsAtOnceAndIsNeverTried() {
        AndonNotification none = AndonNotification.undeliverable(7, 1, "role:QUALITY", NotificationChannel.EMAIL, "Nobody is assigned role QUALITY", T0);
        assertEquals(NotificationStatus.FAILED, none.getStatus());
        assertEquals(0, none.getAttempts());
        assertFalse(none.isDue(T0.plusSeconds(3_600), 5));
    }
}
