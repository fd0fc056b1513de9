package org.openmes.telemetry.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When telemetry makes the server unready, decided from what the connector reported and what waits on the queue:
 * the connector silent for {@value TelemetryStatusService#STALE_AFTER_SECONDS} s, scans lost to a full journal, the
 * journal past its alarm threshold (the messaging engine has been refusing scans for a while), or the oldest scan on
 * the queue waiting longer than {@code stuckAfter} (the ingest stopped consuming: PostgreSQL down, a message it
 * cannot store, or it cannot keep up). An unreachable PLC is data, never a reason.
 *
 * @param journalAlarmBytes journal size from which readiness is DOWN
 * @param stuckAfter        how long the oldest scan may wait on the queue
 */
public record TelemetryReadiness(long journalAlarmBytes, Duration stuckAfter) {

    /** Why telemetry is not ready now; empty when it is. */
    public List<String> problems(TelemetryStatusDto status, TelemetryQueueDto queue, OffsetDateTime now) {
        List<String> problems = new ArrayList<>();
        if (status.reportedAt() != null && status.stale()) {
            problems.add("connector: no report since " + status.reportedAt());
        }
        if (status.scansLost() > 0) {
            problems.add("connector: " + status.scansLost() + " scans lost, the journal was full");
        }
        if (status.journalBytes() >= journalAlarmBytes) {
            problems.add("journal: " + status.journalBytes() + " bytes (" + status.journalDepth()
                    + " scans) waiting for the messaging engine, alarm at " + journalAlarmBytes);
        }
        if (queue.oldestWaitingSince() != null && queue.oldestWaitingSince().plus(stuckAfter).isBefore(now)) {
            problems.add("ingest: the oldest scan on the queue has waited since " + queue.oldestWaitingSince()
                    + ", longer than " + stuckAfter.toSeconds() + " s: the ingest is not consuming");
        }
        return problems;
    }
}
