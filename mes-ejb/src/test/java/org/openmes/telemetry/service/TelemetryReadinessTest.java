package org.openmes.telemetry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelemetryReadinessTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 1, 0, 0, 0, ZoneOffset.UTC);
    private static final TelemetryReadiness READINESS = new TelemetryReadiness(1_000, Duration.ofSeconds(60));
    private static final TelemetryQueueDto EMPTY_QUEUE = new TelemetryQueueDto(null);

    @Test
    void aReportingConnectorWithAnEmptyJournalAndAnEmptyQueueIsReady() {
        assertEquals(List.of(), READINESS.problems(status(0, 0, false), EMPTY_QUEUE, NOW));
    }

    @Test
    void aScanThatWaitedOnTheQueueLongerThanTheLimitMeansTheIngestIsStuck() {
        assertEquals(List.of(), READINESS.problems(status(0, 0, false), new TelemetryQueueDto(NOW.minusSeconds(60)), NOW),
                "exactly the limit is still fine");
        List<String> problems = READINESS.problems(status(0, 0, false), new TelemetryQueueDto(NOW.minusSeconds(61)), NOW);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("ingest:"), problems.get(0));
    }

    @Test
    void aJournalAtItsAlarmThresholdMakesTelemetryUnready() {
        assertEquals(List.of(), READINESS.problems(status(999, 0, false), EMPTY_QUEUE, NOW));
        List<String> problems = READINESS.problems(status(1_000, 0, false), EMPTY_QUEUE, NOW);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("journal: 1000 bytes"), problems.get(0));
    }

    @Test
    void everyReasonIsNamed() {
        List<String> problems = READINESS.problems(status(5_000, 3, true), new TelemetryQueueDto(NOW.minusSeconds(600)), NOW);
        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void aConnectorThatHasNotReportedYetIsNoProblem() {
        assertEquals(List.of(), READINESS.problems(new TelemetryStatusDto(null, false, 0, 0, 0, List.of()), EMPTY_QUEUE, NOW));
    }

    private static TelemetryStatusDto status(long journalBytes, long scansLost, boolean stale) {
        return new TelemetryStatusDto(NOW.minusSeconds(stale ? 120 : 2), stale, journalBytes > 0 ? 7 : 0, journalBytes,
                scansLost, List.of());
    }
}
