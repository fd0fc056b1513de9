package org.openmes.telemetry.service;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the PLC connector last reported: its store-and-forward journal and every PLC session. {@code reportedAt} is
 * null before the connector's first report; {@code stale} says the connector has not reported for
 * {@value TelemetryStatusService#STALE_AFTER_SECONDS} s (stopped, stuck, or its database connection failing).
 */
public record TelemetryStatusDto(OffsetDateTime reportedAt, boolean stale, int journalDepth, long journalBytes,
                                 long scansLost, List<PlcStatusDto> plcs) implements Serializable {

    /** One PLC session: connected now, the last good read, how often it reconnected, why the last read failed. */
    public record PlcStatusDto(String code, boolean connected, OffsetDateTime lastGoodRead, long reconnects,
                               String lastError, long overruns, OffsetDateTime reportedAt) implements Serializable {
    }
}
