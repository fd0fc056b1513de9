package org.openmes.platform.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.openmes.telemetry.service.TelemetryStatusDto;
import org.openmes.telemetry.service.TelemetryStatusService;

/**
 * The PLC connector: DOWN when it stopped reporting (stopped, stuck, or cut off from the database) or has lost
 * scans to a full journal; its journal depth and every PLC's connection state are in the data. A PLC that is
 * unreachable does not make the server unready (the MES still serves everything else); it shows as
 * {@code <code>.connected=false} with the reason.
 */
@Readiness
@ApplicationScoped
public class TelemetryReadinessCheck implements HealthCheck {
    private static final String NAME = "telemetry";

    @EJB
    TelemetryStatusService status;

    @Override
    public HealthCheckResponse call() {
        TelemetryStatusDto current = status.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("journalDepth", current.journalDepth())
                .withData("scansLost", current.scansLost());
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
            return response.withData("connector", "starting: no report yet").up().build();
        }
        if (current.stale()) {
            return response.withData("connector", "no report since " + current.reportedAt()).down().build();
        }
        if (current.scansLost() > 0) {
            return response.withData("connector", "scans lost: the journal was full").down().build();
        }
        return response.up().build();
    }
}
