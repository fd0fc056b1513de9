package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Readiness sees a stuck ingest: the ingest MDB is paused (Liberty's ServerEndpointControl, as an operator's
 * {@code server pause} would) while the demo line keeps publishing, so scans wait on the queue; past
 * {@code mes.telemetry.ingest.stuck-after-seconds} (15 s on the test server) readiness is DOWN and says why, and
 * once the MDB consumes again it is UP.
 */
class TelemetryReadinessIT extends MesIntegrationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void readinessIsDownWhileScansWaitOnTheQueueLongerThanAllowedAndUpWhenTheIngestConsumesAgain() throws Exception {
        awaitTelemetry("UP");
        LibertyServer.pauseEndpoint(LibertyServer.INGEST_MDB);
        try {
            JsonObject down = awaitTelemetry("DOWN");
            String problem = down.getJsonObject("data").getString("problem1");
            assertTrue(problem.startsWith("ingest: the oldest scan on the queue has waited since"), down.toString());
            assertTrue(down.getJsonObject("data").containsKey("queue.oldestWaitingSince"), down.toString());
        } finally {
            LibertyServer.resumeEndpoint(LibertyServer.INGEST_MDB);
        }
        JsonObject up = awaitTelemetry("UP");
        assertTrue(!up.getJsonObject("data").containsKey("problem1"), up.toString());
    }

    private static JsonObject awaitTelemetry(String status) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonObject check = null;
        while (System.nanoTime() < deadline) {
            Http.Response ready = Http.get("health/ready");
            check = ready.json().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                    .filter(candidate -> "telemetry".equals(candidate.getString("name"))).findFirst().orElseThrow();
            if (status.equals(check.getString("status"))) {
                assertEquals("UP".equals(status) ? 200 : 503, ready.status(), ready.body());
                return check;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("telemetry readiness not " + status + " within " + PATIENCE + ": " + check);
    }
}
