package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.telemetry.simulator.LineSimulator;

/**
 * Downtime and OEE on the real pipeline: the line simulator's bagger (the demo plant's case packer P1-CASEPACKER)
 * jams, the connector reports the fault and the state change, the ingest stores and publishes the edge events, the
 * tracker turns them into one downtime event with the fault catalog's reason (the demo catalog's bit 3, JAM), and OEE
 * counts it as down time. Also downtime entered by hand.
 */
class DowntimeIT extends MesIntegrationTest {
    /** The bagger's "film jam in sealing jaws", what the simulator's JAM scenario raises. */
    private static final int JAM_BIT = 3;
    /** Longer than the default minor-stop threshold (10 s), so the jam is a downtime event. */
    private static final Duration JAM = Duration.ofSeconds(13);

    @Test
    void theSimulatorsJamIsExactlyOneDowntimeEventWhichOeeCountsAsDownTime() {
        long casePacker = Floor.nodeId("P1-CASEPACKER");
        long line = Floor.nodeId("LINE-P1");
        Floor.allDayShift(line);
        Floor.awaitProducing(casePacker);
        Instant before = Instant.now().minusSeconds(1);
        LineSimulator simulator = TestEnvironment.simulator();
        simulator.raiseBaggerFault(JAM_BIT);
        try {
            Floor.pause(JAM);
        } finally {
            simulator.clearBaggerFault(JAM_BIT);
        }
        JsonObject jam = Floor.eventually("the jam's downtime event, ended", () -> jams(casePacker, before).stream()
                .filter(event -> event.containsKey("endedAt")).findFirst());
        Floor.pause(Duration.ofSeconds(2)); // a duplicate, if there were one, would arrive within a few scans
        List<JsonObject> jams = jams(casePacker, before);
        assertEquals(1, jams.size(), jams::toString);
        assertEquals("AUTOMATIC", jam.getString("source"));
        assertFalse(jam.getBoolean("minorStop"));
        assertEquals(11, jam.getInt("machineState"), "PackML HELD");
        assertEquals("JAM", jam.getString("faultCode"), "the fault catalog's code: " + jam);
        assertEquals("Film jam in sealing jaws", jam.getString("faultText"));
        assertEquals("UNPLANNED", jam.getString("category"), "the fault catalog's downtime category");
        long seconds = Duration.between(Instant.parse(jam.getString("startedAt")), Instant.parse(jam.getString("endedAt"))).toSeconds();
        assertTrue(seconds >= 10 && seconds <= JAM.toSeconds() + 5, "lasted " + seconds + " s: " + jam);

        Instant from = Instant.parse(jam.getString("startedAt")).truncatedTo(ChronoUnit.MINUTES);
        Http.Response oee = Http.get("api/oee/equipment/" + casePacker + "?from=" + from + "&to=" + Instant.now());
        assertEquals(200, oee.status(), oee.body());
        JsonObject elements = oee.json().getJsonObject("elements");
        assertTrue(elements.getJsonNumber("adot").doubleValue() >= 10, "the jam is down time: " + elements);
        assertTrue(elements.getJsonNumber("failures").longValue() >= 1, elements::toString);
        assertTrue(elements.getJsonNumber("apt").doubleValue() > 0, elements::toString);
        assertTrue(elements.getJsonNumber("pq").doubleValue() > 0, "the bagger counted: " + elements);
        double availability = oee.json().getJsonObject("figures").getJsonNumber("availability").doubleValue();
        assertTrue(availability > 0 && availability < 1, oee.body());
        assertEquals(0, oee.json().getJsonNumber("pruSeconds").bigDecimalValue().compareTo(new java.math.BigDecimal("2.4")),
                "the case packer's ideal cycle time from the plant model");

        Http.Response lineOee = Http.get("api/oee/lines/" + line + "?from=" + from + "&to=" + Instant.now());
        assertEquals(200, lineOee.status(), lineOee.body());
        assertTrue(lineOee.json().getJsonArray("equipment").stream().map(JsonValue::asJsonObject)
                .anyMatch(machine -> machine.getJsonNumber("equipmentId").longValue() == casePacker), lineOee.body());
    }

    @Test
    void downtimeEnteredByHandIsGivenAReasonSplitAndMergedBackEachStepAudited() {
        long line = Floor.newLine()[1];
        long machine = PlantApi.id(PlantApi.create(PlantApi.EQUIPMENT, PlantApi.equipment(line, "M-" + PlantApi.suffix())));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Http.Response created = Http.post("api/downtime/events", Json.createObjectBuilder().add("equipmentId", machine)
                .add("startedAt", now.minusSeconds(1800).toString()).add("endedAt", now.minusSeconds(600).toString())
                .add("reasonId", reason("UNPLANNED-JAM")).add("comment", "sealer jammed").build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject event = created.json();
        long id = event.getJsonNumber("id").longValue();
        assertEquals("UNPLANNED", event.getString("category"));
        assertEquals("MANUAL", event.getString("source"));
        assertProblem(Http.post("api/downtime/events", Json.createObjectBuilder().add("equipmentId", machine)
                .add("startedAt", now.minusSeconds(1200).toString()).add("endedAt", now.minusSeconds(300).toString())
                .add("reasonId", reason("UNPLANNED-JAM")).build().toString()), 409, "conflict", "startedAt");

        JsonObject changeover = put("api/downtime/events/" + id + "/reason", Json.createObjectBuilder()
                .add("reasonId", reason("CHANGEOVER-PRODUCT")).add("version", version(event)).build());
        assertEquals("CHANGEOVER", changeover.getString("category"));
        assertProblem(Http.put("api/downtime/events/" + id + "/reason", Json.createObjectBuilder()
                .add("reasonId", reason("UNPLANNED-JAM")).add("version", version(event)).build().toString()), 409, "stale-version");

        Http.Response split = Http.post("api/downtime/events/" + id + "/split", Json.createObjectBuilder()
                .add("at", now.minusSeconds(1200).toString()).add("version", version(changeover)).build().toString());
        assertEquals(200, split.status(), split.body());
        JsonArray parts = split.jsonArray();
        assertEquals(now.minusSeconds(1200).toString(), parts.getJsonObject(0).getString("endedAt"));
        assertEquals(now.minusSeconds(1200).toString(), parts.getJsonObject(1).getString("startedAt"));
        assertEquals("CHANGEOVER", parts.getJsonObject(1).getString("category"));

        Http.Response merged = Http.post("api/downtime/events/" + id + "/merge", Json.createObjectBuilder()
                .add("nextId", parts.getJsonObject(1).getJsonNumber("id").longValue())
                .add("version", version(parts.getJsonObject(0))).build().toString());
        assertEquals(200, merged.status(), merged.body());
        assertEquals(now.minusSeconds(600).toString(), merged.json().getString("endedAt"));
        assertProblem(Http.get("api/downtime/events/" + parts.getJsonObject(1).getJsonNumber("id").longValue()), 404, "not-found");
        assertEquals(1, Http.get("api/downtime/events?equipmentId=" + machine + "&from=" + now.minusSeconds(3600) + "&to=" + now)
                .jsonArray().size());
        assertTrue(Floor.count("select count(*) from audit_entry where entity_type = 'DowntimeEvent' and entity_id = '" + id + "'") >= 4,
                "created, reason, split, merged: each in the audit trail");
        assertProblem(Http.post("api/downtime/events/" + id + "/confirmation", "{\"signatureId\":987654321}"), 400,
                "invalid-input", "signatureId");
    }

    private static List<JsonObject> jams(long casePacker, Instant from) {
        Http.Response events = Http.get("api/downtime/events?equipmentId=" + casePacker + "&from=" + from + "&to="
                + Instant.now().plusSeconds(60));
        assertEquals(200, events.status(), events.body());
        return events.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(event -> event.containsKey("faultBit") && event.getInt("faultBit") == JAM_BIT).toList();
    }

    private static long reason(String code) {
        return Http.get("api/downtime/reasons").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(reason -> code.equals(reason.getString("code"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static long version(JsonObject record) {
        return record.getJsonNumber("version").longValue();
    }

    private static JsonObject put(String path, JsonObject body) {
        Http.Response response = Http.put(path, body.toString());
        assertEquals(200, response.status(), response.body());
        return response.json();
    }
}
