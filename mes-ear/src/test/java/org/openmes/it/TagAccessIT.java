package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * On-demand tag access through the connector's outbound CCI connection factory ({@code eis/plcTags}): a value written
 * through the API lands in the simulator's Modbus registers and reads back; read-only and unknown tags are refused.
 * The demo PLC's {@code bagger.target} is the one writable tag (the simulator's TARGET_COUNT registers).
 */
class TagAccessIT extends MesIntegrationTest {
    private static final String TARGET = "api/telemetry/plcs/LINE-P1-PLC/tags/bagger.target/value";

    @Test
    void aWrittenValueReachesThePlcAndReadsBack() {
        long target = ThreadLocalRandom.current().nextLong(1, 4_000_000_000L);
        JsonObject written = AsCaller.expect(200, "engineer", "PUT", TARGET, "{\"value\":" + target + "}");
        assertEquals(target, written.getJsonNumber("value").longValue());

        assertEquals(target, TestEnvironment.simulator().baggerTargetCount(), "the simulator's registers");
        JsonObject read = AsCaller.expect(200, "engineer", "GET", TARGET, null);
        assertEquals(target, read.getJsonNumber("value").longValue());
        assertEquals("GOOD", read.getString("quality"));
    }

    @Test
    void aReadOnlyTagIsNotWrittenAndAnUnknownOneIsNotFound() {
        assertProblem(Http.put("api/telemetry/plcs/LINE-P1-PLC/tags/bagger.good/value", "{\"value\":1}"), 409, "conflict", "tag");
        assertProblem(Http.put("api/telemetry/plcs/LINE-P1-PLC/tags/no.such.tag/value", "{\"value\":1}"), 404, "not-found");
        assertProblem(Http.get("api/telemetry/plcs/NO-SUCH-PLC/tags/bagger.target/value"), 404, "not-found");
    }

    @Test
    void aValueTheTagCannotHoldIsRefusedNamingTheValue() {
        assertProblem(Http.put(TARGET, "{\"value\":1.5}"), 400, "invalid-input", "value");
        assertProblem(Http.put(TARGET, "{}"), 400, "invalid-input", "value");
    }
}
