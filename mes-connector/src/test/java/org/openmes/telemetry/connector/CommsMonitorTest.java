package org.openmes.telemetry.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommsMonitorTest {
    private final CommsMonitor monitor = new CommsMonitor();
    private final Instant start = Instant.parse("2026-11-21T22:00:00Z");

    @Test
    void aFirstGoodReadSetsTheStateWithoutAnEvent() {
        CommsState first = monitor.observe(start, null);
        assertEquals(false, first.lost());
        assertNull(first.event());
        assertNull(monitor.observe(start.plusSeconds(1), null));
    }

    @Test
    void anOutageIsReportedOnceHoweverManyScansFailAndEndsWithOneRestoration() {
        monitor.observe(start, null);
        CommsState lost = monitor.observe(start.plusSeconds(1), "no answer within 1000 ms");
        assertEquals("COMMS_LOST", lost.event());
        assertTrue(lost.lost());
        assertEquals("no answer within 1000 ms", lost.reason());
        assertEquals(start.plusSeconds(1), lost.at());
        assertNull(monitor.observe(start.plusSeconds(2), "ConnectException: refused"));
        assertNull(monitor.observe(start.plusSeconds(3), "no answer within 1000 ms"));
        CommsState restored = monitor.observe(start.plusSeconds(4), null);
        assertEquals("COMMS_RESTORED", restored.event());
        assertEquals(false, restored.lost());
        assertNull(monitor.observe(start.plusSeconds(5), null));
    }

    @Test
    void aPlcUnreachableFromTheFirstScanIsAnOutage() {
        assertEquals("COMMS_LOST", monitor.observe(start, "ConnectException: refused").event());
    }
}
