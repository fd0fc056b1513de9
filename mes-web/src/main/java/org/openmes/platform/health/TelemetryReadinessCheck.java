package org.openmes.platform.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.openmes.telemetry.service.TelemetryQueueDto;
import org.openmes.telemetry.service.TelemetryReadiness;
import org.openmes.telemetry.service.TelemetryStatusDto;
import org.openmes.telemetry.service.TelemetryStatusService;

/**
 * The PLC connector and the ingest: DOWN for the reasons of {@link TelemetryReadiness} (connector silent, scans lost,
 * journal past {@code mes.telemetry.journal.alarm-bytes}, the oldest scan on the queue older than
 * {@code mes.telemetry.ingest.stuck-after-seconds}), each named in the data under {@code problem<n>}; the journal,
 * the queue's oldest scan and every PLC's connection state are in the data too. A PLC that is unreachable does not
 * make the server unready (the MES still serves everything else); it shows as {@code <code>.connected=false} with
 * the reason.
 */
@Readiness
@ApplicationScoped
public class TelemetryReadinessCheck implements HealthCheck {
    private static final String NAME = "telemetry";

    @EJB
    TelemetryStatusService status;

    @Inject
    @ConfigProperty(name = "mes.telemetry.journal.alarm-bytes", defaultValue = "67108864")
    long journalAlarmBytes;

    @Inject
    @ConfigProperty(name = "mes.telemetry.ingest.stuck-after-seconds", defaultValue = "60")
    long stuckAfterSeconds;

    @Override
    public HealthCheckResponse call() {
        TelemetryStatusDto current = status.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("journalDepth", current.journalDepth())
                .withData("journalBytes", current.journalBytes())
                .withData("scansLost", current.scansLost());
        TelemetryQueueDto queue = status.queue();
        if (queue.oldestWaitingSince() != null) {
            response.withData("queue.oldestWaitingSince", queue.oldestWaitingSince().toString());
        }
        for (TelemetryStatusDto.PlcStatusDto plc : current.plcs()) {
            response.withData(plc.code() + ".connected", plc.connected());
            response.withData(plc.code() + ".reconnects", plc.reconnects());
            if (plc.lastGoodRead() != null) {
                response.withData(plc.code() + ".lastGoodRead", plc.lastGoodRead().toString());
            }
            if (plc.lastError() != null) {
                response.withData(plc.code() + ".lastError", plc.lastError());
            }
        }
        if (current.reportedAt() == null) {
            response.withData("connector", "starting: no report yet");
        }
        List<String> problems = new TelemetryReadiness(journalAlarmBytes, Duration.ofSeconds(stuckAfterSeconds))
                .problems(current, queue, OffsetDateTime.now(ZoneOffset.UTC));
        for (int i = 0; i < problems.size(); i++) {
            response.withData("problem" + (i + 1), problems.get(i));
        }
        if (!problems.isEmpty()) {
            return response.down().build();
        }
        return response.up().build();
    }
}
