package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PLC connection of a test's own, disabled (the connector never polls it), with one tag per signal mapped to a piece
 * of equipment of its own: for tests that write telemetry as the ingest would, without touching the demo line that
 * other tests (and the downtime tracker) watch.
 *
 * @param code        the PLC connection's code
 * @param equipmentId the equipment its tags are mapped to
 * @param tagIds      the tag id per signal name
 */
public record OwnPlc(String code, long equipmentId, Map<String, Long> tagIds) {

    /** Creates the connection, its tags ({@code FAULT_WORD} as a 64-bit word, the rest as 16-bit integers) and mappings. */
    public static OwnPlc create(String... signals) {
        String suffix = PlantApi.suffix();
        long equipment = PlantApi.id(PlantApi.createChain(suffix).equipment());
        String code = "OWN-" + suffix;
        Http.Response created = Http.post("api/telemetry/plcs", Json.createObjectBuilder().add("code", code).add("name", "Test's own")
                .add("connectionString", "modbus-tcp://127.0.0.1:" + TestEnvironment.simulator().port()).add("enabled", false)
                .add("scanClasses", "fast=100").add("requestTimeoutMillis", 1000).build().toString());
        assertEquals(201, created.status(), created.body());
        Map<String, Long> tagIds = new LinkedHashMap<>();
        int register = 100;
        for (String signal : signals) {
            boolean word = "FAULT_WORD".equals(signal);
            Http.Response tag = Http.post("api/telemetry/plcs/" + code + "/tags", Json.createObjectBuilder()
                    .add("name", signal.toLowerCase()).add("address", "holding-register:" + register + (word ? ":LINT" : ":UINT"))
                    .add("dataType", word ? "LONG" : "INT").add("scanClass", "fast").build().toString());
            assertEquals(201, tag.status(), tag.body());
            register += 4;
            long tagId = tag.json().getJsonNumber("id").longValue();
            Http.Response mapping = Http.post("api/telemetry/signal-mappings", Json.createObjectBuilder()
                    .add("equipmentId", equipment).add("signal", signal).add("tagId", tagId).build().toString());
            assertEquals(201, mapping.status(), mapping.body());
            tagIds.put(signal, tagId);
        }
        return new OwnPlc(code, equipment, Map.copyOf(tagIds));
    }
}
