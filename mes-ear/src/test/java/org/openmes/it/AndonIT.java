package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.AndonApi.CALLS;
import static org.openmes.it.AndonApi.history;
import static org.openmes.it.AndonApi.historyKinds;
import static org.openmes.it.AndonApi.level;
import static org.openmes.it.AndonApi.raise;
import static org.openmes.it.AndonApi.rules;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.telemetry.simulator.LineSimulator;

/**
 * Andon calls: raised by an operator, escalated by a persistent timer when nobody acknowledges within the line's
 * short test timeout, acknowledged, escalated by hand and resolved with notes, each step in the history; a timer set
 * before an acknowledgement does nothing.
 */
class AndonIT extends MesIntegrationTest {
    @Test
    void anUnacknowledgedCallMovesUpWhenItsTimeoutPassesAndEveryStepIsInTheHistory() throws InterruptedException {
        long line = PlantApi.id(PlantApi.createChain().line());
        rules(line, "CRITICAL", level(1, 2, 600, "user:lead-" + line), level(2, 600, 600, "role:PRODUCTION_MANAGER"));
        JsonObject raised = raise("operator", line, "MAINTENANCE", "CRITICAL", "Sealing jaw jammed");
        long call = raised.getJsonNumber("id").longValue();
        assertEquals("user:lead-" + line, raised.getString("recipients"));
        assertEquals(1, raised.getInt("escalationLevel"));

        JsonObject escalated = AndonApi.await(call, "ESCALATED", Duration.ofSeconds(30));
        assertEquals(2, escalated.getInt("level"));
        assertEquals("system", escalated.getString("actor"));
        assertEquals("role:PRODUCTION_MANAGER", escalated.getString("recipients"));
        assertTrue(escalated.getString("note").contains("Not acknowledged within 2 s at level 1"), escalated.toString());

        assertEquals("ACKNOWLEDGED", step("shift-manager", call, "acknowledge", null).getString("status"));
        Problems.assertProblem(AsCaller.send("shift-manager", "POST", CALLS + "/" + call + "/escalate", "{}"), 409, "conflict", "level");
        Problems.assertProblem(AsCaller.send("shift-manager", "POST", CALLS + "/" + call + "/resolve", "{\"notes\":\" \"}"),
                400, "invalid-input", "notes");
        JsonObject resolved = step("shift-manager", call, "resolve", "{\"notes\":\"Jaw cleaned, film re-threaded\"}");
        assertEquals("RESOLVED", resolved.getString("status"));
        assertEquals("shift-manager", resolved.getString("resolvedBy"));

        List<String> kinds = historyKinds(call);
        assertEquals(List.of("RAISED", "ESCALATED", "ACKNOWLEDGED", "RESOLVED"), kinds);
        assertEquals("operator", history(call).getJsonObject(0).getString("actor"));
        Problems.assertProblem(AsCaller.send("shift-manager", "POST", CALLS + "/" + call + "/acknowledge", null), 409, "conflict", "status");
    }

    @Test
    void anAcknowledgedCallIsNotEscalatedByTheTimerSetBeforeAndCanBeEscalatedByHand() throws InterruptedException {
        long line = PlantApi.id(PlantApi.createChain().line());
        rules(line, "HIGH", level(1, 2, 600, "role:SHIFT_MANAGER"), level(2, 600, 600, "user:boss-" + line));
        long call = raise("operator", line, "QUALITY", null, null).getJsonNumber("id").longValue();
        step("shift-manager", call, "acknowledge", null);
        Thread.sleep(4_000);
        assertEquals(List.of("RAISED", "ACKNOWLEDGED"), historyKinds(call),
                "the timer of the unacknowledged step found the call moved on");

        JsonObject byHand = step("shift-manager", call, "escalate", "{\"note\":\"Needs the quality engineer\"}");
        assertEquals(2, byHand.getInt("escalationLevel"));
        assertEquals("user:boss-" + line, byHand.getString("recipients"));
        assertTrue(Http.get(CALLS + "?lineId=" + line).jsonArray().stream().anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == call));
    }

    @Test
    void aCataloguedFaultOfTheSimulatedLineRaisesACallWithTheCatalogsPriorityOnce() throws InterruptedException {
        long loader = PlantApi.id(PlantApi.list(PlantApi.EQUIPMENT, "q=P1-PALLETIZER").getJsonArray("items").getJsonObject(0));
        Http.Response entry = Http.post("api/telemetry/equipment/" + loader + "/faults", Json.createObjectBuilder().add("bit", 9)
                .add("code", "IT-ANDON").add("text", "Pusher blocked").add("severity", "STOP").add("downtimeCategory", "UNPLANNED")
                .add("andonPriority", "CRITICAL").build().toString());
        assertEquals(201, entry.status(), entry.body());
        LineSimulator line = TestEnvironment.simulator();
        line.raiseLoaderFault(9);
        try {
            JsonObject call = awaitFaultCall(loader, "IT-ANDON");
            assertEquals("FAULT", call.getString("kind"));
            assertEquals("CRITICAL", call.getString("priority"));
            assertEquals("Pusher blocked", call.getString("description"));
            assertEquals("system", call.getString("raisedBy"));
            line.clearLoaderFault(9);
            Thread.sleep(1_500);
            line.raiseLoaderFault(9);
            Thread.sleep(3_000);
            assertEquals(1, faultCalls(loader, "IT-ANDON").size(), "the fault raised again while its call is open adds no call");
        } finally {
            line.clearLoaderFault(9);
        }
    }

    @Test
    void badCallsAndRulesAreRefusedAtTheField() {
        long line = PlantApi.id(PlantApi.createChain().line());
        long workCenter = PlantApi.id(PlantApi.createChain().workCenter());
        Problems.assertProblem(AsCaller.send("operator", "POST", CALLS, "{\"lineId\":" + workCenter + ",\"kind\":\"HELP\"}"),
                400, "invalid-input", "lineId");
        Problems.assertProblem(AsCaller.send("operator", "POST", CALLS, "{\"lineId\":" + line + "}"), 400, "invalid-input", "kind");
        Problems.assertProblem(Http.put("api/andon/escalation-rules/HIGH?lineId=" + line, Json.createObjectBuilder()
                .add("levels", Json.createArrayBuilder().add(level(1, 60, 60, "role:NOBODY"))).build().toString()), 400, "invalid-input", "recipients");
        Problems.assertProblem(AsCaller.send("operator", "POST", CALLS + "/987654321/acknowledge", null), 403, "forbidden");
    }

    private static JsonObject step(String caller, long call, String step, String body) {
        return AsCaller.expect(200, caller, "POST", CALLS + "/" + call + "/" + step, body == null ? "{}" : body);
    }

    private static List<JsonObject> faultCalls(long equipment, String code) {
        return Http.get(CALLS).jsonArray().stream().map(c -> c.asJsonObject())
                .filter(c -> c.containsKey("equipmentId") && c.getJsonNumber("equipmentId").longValue() == equipment
                        && code.equals(c.getString("faultCode", null)))
                .toList();
    }

    private static JsonObject awaitFaultCall(long equipment, String code) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<JsonObject> calls = faultCalls(equipment, code);
            if (!calls.isEmpty()) {
                return calls.get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no andon call for fault " + code + " within 60 s");
    }
}
