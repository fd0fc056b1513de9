package org.openmes.audit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.openmes.common.InvalidInputException;

class AuditContextTest {
    private final AuditContext context = new AuditContext();

    @Test
    void aRequestsIdAndReasonAreKept() {
        context.begin("it-7", "  Re-layout of hall 2 ");

        assertEquals("it-7", context.correlationId());
        assertEquals("Re-layout of hall 2", context.reason());
    }

    @Test
    void aRequestWithoutIdGetsOneForAllItsEntries() {
        String first = context.correlationId();

        assertNotNull(first);
        assertEquals(first, context.correlationId());
        assertNull(context.reason());
    }

    @Test
    void aBlankReasonIsNoReason() {
        context.setReason(" ");

        assertNull(context.reason());
    }

    @Test
    void aReasonIsOneLineOfAtMost500Characters() {
        context.setReason("x".repeat(AuditContext.MAX_REASON_LENGTH));

        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> context.setReason("x".repeat(AuditContext.MAX_REASON_LENGTH + 1))).getField());
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> context.setReason("first line\nsecond line")).getField());
    }
}
