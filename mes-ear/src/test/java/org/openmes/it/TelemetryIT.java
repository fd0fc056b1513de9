package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openmes.devserver.EmbeddedDatabase;
import org.openmes.telemetry.simulator.LineSimulator;
import org.openmes.telemetry.simulator.OpcUaLineServer;
import org.openmes.telemetry.simulator.Scenario;

/**
 * PLC telemetry end to end: the line simulator (Modbus TCP, started by {@link TestEnvironment}) is polled by the
 * connector through PLC4X, each scan travels as a JMS message to the ingest MDB, which stores samples and current
 * values in PostgreSQL. The demo plant's case packer P1-CASEPACKER is the simulator's bagger.
 */
class TelemetryIT extends MesIntegrationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PLCS = "api/telemetry/plcs";

    @Test
    void samplesFlowFromTheSimulatedLineIntoRowsAndCurrentValues() throws Exception {
        long casePacker = equipmentId("P1-CASEPACKER");
        JsonObject goodCount = eventually("a GOOD_COUNT of the case packer", () -> currentValue(casePacker, "GOOD_COUNT")
                .filter(value -> "GOOD".equals(value.getString("quality"))));
        assertTrue(goodCount.containsKey("value"));
        long firstCount = goodCount.getJsonNumber("value").longValue();
        eventually("the good count to grow", () -> currentValue(casePacker, "GOOD_COUNT")
                .filter(value -> value.containsKey("value") && value.getJsonNumber("value").longValue() > firstCount));
        assertTrue(count("select count(*) from telemetry_sample s join telemetry_tag t on t.id = s.tag_id"
                + " where t.name = 'bagger.good' and s.quality = 'GOOD'") >= 2);
        assertEquals(6, currentValue(casePacker, "STATE").orElseThrow().getJsonNumber("value").intValue(), "PackML EXECUTE");
    }

    @Test
    void aFaultBitIsStoredAsTheExactFaultWordAndHoldsTheMachine() throws Exception {
        long casePacker = equipmentId("P1-CASEPACKER");
        eventually("the case packer's fault word", () -> currentValue(casePacker, "FAULT_WORD"));
        LineSimulator line = TestEnvironment.simulator();
        line.raiseBaggerFault(5);
        line.raiseBaggerFault(63);
        try {
            BigDecimal expected = new BigDecimal(Long.toString((1L << 5) | (1L << 63)));
            eventually("fault bits 5 and 63", () -> currentValue(casePacker, "FAULT_WORD")
                    .filter(value -> value.containsKey("value") && value.getJsonNumber("value").bigDecimalValue().compareTo(expected) == 0));
            eventually("state HELD", () -> currentValue(casePacker, "STATE")
                    .filter(value -> value.containsKey("value") && value.getJsonNumber("value").intValue() == 11));
            assertEquals(1, count("select count(*) from telemetry_sample s join telemetry_tag t on t.id = s.tag_id"
                    + " where t.name = 'bagger.faults' and s.value = " + expected.toPlainString()),
                    "one row: the value was reported by exception, once");
        } finally {
            line.clearBaggerFault(5);
            line.clearBaggerFault(63);
        }
        eventually("the fault word cleared", () -> currentValue(casePacker, "FAULT_WORD")
                .filter(value -> value.containsKey("value") && value.getJsonNumber("value").longValue() == 0));
    }

    @Test
    void aFaultBitRaisedAndClearedGivesExactlyOneEventEach() throws Exception {
        long casePacker = equipmentId("P1-CASEPACKER");
        eventually("the case packer's fault word", () -> currentValue(casePacker, "FAULT_WORD")
                .filter(value -> value.containsKey("value") && value.getJsonNumber("value").longValue() == 0));
        LineSimulator line = TestEnvironment.simulator();
        line.raiseBaggerFault(7);
        try {
            eventually("fault 7 raised", () -> faultEvents(casePacker, 7).stream().filter("FAULT_RAISED"::equals).findFirst());
        } finally {
            line.clearBaggerFault(7);
        }
        eventually("fault 7 cleared", () -> faultEvents(casePacker, 7).stream().filter("FAULT_CLEARED"::equals).findFirst());
        Thread.sleep(1_000); // a duplicate, if there were one, would arrive within a few scans
        assertEquals(java.util.List.of("FAULT_CLEARED", "FAULT_RAISED"), faultEvents(casePacker, 7));
        JsonObject count = Http.get("api/telemetry/equipment/" + casePacker + "/events?limit=1000").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(event -> "COUNT".equals(event.getString("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no COUNT event: the case packer counts"));
        assertTrue(count.getJsonNumber("increment").longValue() >= 1, count.toString());
    }

    @Test
    void eventsOfAPlantNodeThatDoesNotExistAreNotFoundAndABadLimitIsRefused() throws Exception {
        assertProblem(Http.get("api/telemetry/equipment/999999999/events"), 404, "not-found");
        assertProblem(Http.get("api/telemetry/equipment/" + equipmentId("P1-CASEPACKER") + "/events?limit=0"), 400,
                "invalid-input", "limit");
    }

    /** The kinds of the events of fault bit {@code bit}, newest first. */
    private static java.util.List<String> faultEvents(long equipmentId, int bit) {
        Http.Response events = Http.get("api/telemetry/equipment/" + equipmentId + "/events?limit=1000");
        assertEquals(200, events.status(), events.body());
        return events.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(event -> event.containsKey("bit") && event.getInt("bit") == bit)
                .map(event -> event.getString("kind")).toList();
    }

    @Test
    void aCutConnectionIsStoredAsBadQualityWithItsReasonAndPollingResumesAfterReconnecting() throws Exception {
        long casePacker = equipmentId("P1-CASEPACKER");
        eventually("the case packer's state", () -> currentValue(casePacker, "STATE")
                .filter(value -> "GOOD".equals(value.getString("quality"))));
        eventually("the case packer's comms connected", () -> currentValue(casePacker, "COMMS")
                .filter(value -> "GOOD".equals(value.getString("quality"))));
        long lostBefore = commsEvents(casePacker, "COMMS_LOST");
        long restoredBefore = commsEvents(casePacker, "COMMS_RESTORED");
        TestEnvironment.simulator().cutConnectionFor(Duration.ofSeconds(4));
        JsonObject bad = eventually("BAD state during the comms loss", () -> currentValue(casePacker, "STATE")
                .filter(value -> "BAD".equals(value.getString("quality"))));
        assertTrue(bad.getString("reason").length() > 0);
        assertTrue(!bad.containsKey("value") || bad.get("value") == JsonValue.NULL);
        JsonObject lost = eventually("comms lost", () -> currentValue(casePacker, "COMMS")
                .filter(value -> "BAD".equals(value.getString("quality"))));
        assertTrue(lost.getString("reason").length() > 0, lost.toString());
        eventually("GOOD state after reconnecting", () -> currentValue(casePacker, "STATE")
                .filter(value -> "GOOD".equals(value.getString("quality"))));
        eventually("comms connected again", () -> currentValue(casePacker, "COMMS")
                .filter(value -> "GOOD".equals(value.getString("quality"))));
        assertTrue(count("select count(*) from telemetry_sample s join telemetry_tag t on t.id = s.tag_id"
                + " where t.name = 'bagger.state' and s.quality = 'BAD' and s.reason is not null") >= 1);
        Thread.sleep(1_000); // a duplicate, if there were one, would arrive within a few scans
        assertEquals(lostBefore + 1, commsEvents(casePacker, "COMMS_LOST"), "one COMMS_LOST for the outage");
        assertEquals(restoredBefore + 1, commsEvents(casePacker, "COMMS_RESTORED"), "one COMMS_RESTORED after it");
        JsonObject event = Http.get("api/telemetry/equipment/" + casePacker + "/events?limit=1000").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(candidate -> "COMMS_LOST".equals(candidate.getString("kind")))
                .findFirst().orElseThrow();
        assertEquals("COMMS", event.getString("signal"));
        assertTrue(event.getString("reason").length() > 0, event.toString());
    }

    @Test
    void theCommsStateCannotBeMappedToATag() throws Exception {
        long tagId = count("select min(id) from telemetry_tag where name = 'bagger.state'");
        assertProblem(Http.post("api/telemetry/signal-mappings", Json.createObjectBuilder()
                .add("equipmentId", equipmentId("P2-FILLER")).add("signal", "COMMS").add("tagId", tagId)
                .build().toString()), 400, "invalid-input", "signal");
    }

    private static long commsEvents(long equipmentId, String kind) throws SQLException {
        return count("select count(*) from telemetry_edge_event where equipment_id = " + equipmentId
                + " and signal = 'COMMS' and kind = '" + kind + "'");
    }

    @Test
    void aConnectionCreatedThroughTheApiIsPolledWithoutARestart() throws Exception {
        long filler = equipmentId("P2-FILLER");
        Http.Response created = Http.post(PLCS, Json.createObjectBuilder().add("code", "IT-NEW-PLC")
                .add("name", "Added while running").add("connectionString", demoConnectionString())
                .add("scanClasses", "fast=200").add("requestTimeoutMillis", 1000).build().toString());
        assertEquals(201, created.status(), created.body());
        Http.Response tag = Http.post(PLCS + "/IT-NEW-PLC/tags", Json.createObjectBuilder().add("name", "loader.speed")
                .add("address", "holding-register:102:UINT").add("dataType", "INT").add("scanClass", "fast")
                .add("scale", 2.0).build().toString());
        assertEquals(201, tag.status(), tag.body());
        Http.Response mapping = Http.post("api/telemetry/signal-mappings", Json.createObjectBuilder()
                .add("equipmentId", filler).add("signal", "SPEED").add("tagId", tag.json().getJsonNumber("id").longValue())
                .build().toString());
        assertEquals(201, mapping.status(), mapping.body());
        JsonObject speed = eventually("the filler's SPEED from the new connection", () -> currentValue(filler, "SPEED")
                .filter(value -> "GOOD".equals(value.getString("quality"))));
        assertEquals(0, new BigDecimal("24").compareTo(speed.getJsonNumber("value").bigDecimalValue()), "12/min scaled by 2");
    }

    @Test
    void aDisabledConnectionIsNoLongerPolled() {
        Http.Response created = Http.post(PLCS, Json.createObjectBuilder().add("code", "IT-DISABLED")
                .add("name", "Switched off while running").add("connectionString", demoConnectionString())
                .add("scanClasses", "slow=1000").add("requestTimeoutMillis", 1000).build().toString());
        assertEquals(201, created.status(), created.body());
        assertEquals(201, Http.post(PLCS + "/IT-DISABLED/tags", Json.createObjectBuilder().add("name", "bagger.state")
                .add("address", "holding-register:1:UINT").add("dataType", "INT").add("scanClass", "slow").build().toString())
                .status());
        eventually("IT-DISABLED polled", () -> plcStatus("IT-DISABLED").filter(plc -> plc.getBoolean("connected")));

        Http.Response disabled = Http.post(PLCS + "/IT-DISABLED/disable", "{}");
        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(false, disabled.json().getBoolean("enabled"));
        eventually("IT-DISABLED no longer polled", () -> plcStatus("IT-DISABLED").isEmpty() ? Optional.of(true) : Optional.empty());
    }

    @Test
    void aConnectionStringNoDriverSpeaksIsRefusedNamingTheField() {
        Http.Response response = Http.post(PLCS, Json.createObjectBuilder().add("code", "IT-PROFIBUS").add("name", "x")
                .add("connectionString", "profibus://10.0.0.1").add("scanClasses", "fast=100")
                .add("requestTimeoutMillis", 1000).build().toString());
        JsonObject problem = assertProblem(response, 400, "invalid-input", "connectionString");
        assertTrue(problem.toString().contains("modbus-tcp"), "names the protocols there are: " + problem);
    }

    @Test
    void anAddressTheDriverRejectsAndAScanClassTheConnectionLacksAreRefusedNamingTheField() {
        String tags = PLCS + "/LINE-P1-PLC/tags";
        assertProblem(Http.post(tags, Json.createObjectBuilder().add("name", "it.nonsense").add("address", "flux-capacitor:7")
                .add("dataType", "INT").add("scanClass", "fast").build().toString()), 400, "invalid-input", "address");
        assertProblem(Http.post(tags, Json.createObjectBuilder().add("name", "it.slow").add("address", "holding-register:1:UINT")
                .add("dataType", "INT").add("scanClass", "hourly").build().toString()), 400, "invalid-input", "scanClass");
    }

    @Test
    void aSecondConnectionWithTheSameCodeIsAConflict() {
        assertProblem(Http.post(PLCS, Json.createObjectBuilder().add("code", "LINE-P1-PLC").add("name", "again")
                .add("connectionString", "modbus-tcp://127.0.0.1:1").add("scanClasses", "fast=100")
                .add("requestTimeoutMillis", 1000).build().toString()), 409, "conflict", "code");
    }

    @Test
    void statusAndReadinessReportTheDemoPlcConnectedWithAnEmptyJournal() {
        JsonObject plc = eventually("LINE-P1-PLC connected in the status", () -> {
            Http.Response status = Http.get("api/telemetry/status");
            assertEquals(200, status.status(), status.body());
            assertEquals(0, status.json().getInt("journalDepth"));
            return status.json().getJsonArray("plcs").stream().map(JsonValue::asJsonObject)
                    .filter(candidate -> "LINE-P1-PLC".equals(candidate.getString("code")) && candidate.getBoolean("connected"))
                    .findFirst();
        });
        assertTrue(plc.containsKey("lastGoodRead"), plc.toString());
        Http.Response ready = Http.get("health/ready");
        assertEquals(200, ready.status(), ready.body());
        JsonObject telemetry = ready.json().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> "telemetry".equals(check.getString("name"))).findFirst().orElseThrow();
        assertEquals("UP", telemetry.getString("status"));
        assertTrue(telemetry.getJsonObject("data").containsKey("LINE-P1-PLC.connected"), telemetry.toString());
    }

    /** The same pipeline over OPC UA: a line of this test's own served by Eclipse Milo, polled through PLC4X's opcua driver. */
    @Test
    void aLineServedOverOpcUaIsPolledIntoRowsCurrentValuesAndExactlyOneEventPerFaultEdge() throws Exception {
        try (LineSimulator line = new LineSimulator("127.0.0.1", 0, Duration.ofMillis(100), Scenario.MANUAL).start();
             OpcUaLineServer opcUa = new OpcUaLineServer(line, "127.0.0.1", 0).start()) {
            String suffix = PlantApi.suffix();
            long equipment = PlantApi.id(PlantApi.createChain(suffix).equipment());
            String code = "UA-" + suffix;
            Http.Response created = Http.post(PLCS, Json.createObjectBuilder().add("code", code).add("name", "OPC UA line")
                    .add("connectionString", "opcua:tcp://127.0.0.1:" + opcUa.port() + OpcUaLineServer.PATH + "?discovery=false")
                    .add("scanClasses", "fast=200").add("requestTimeoutMillis", 3000).build().toString());
            assertEquals(201, created.status(), created.body());
            try {
                String node = "ns=" + opcUa.namespaceIndex() + ";s=Bagger.";
                mapOpcUaTag(code, equipment, "GOOD_COUNT", "bagger.good", node + "GoodCount;UDINT", "LONG");
                mapOpcUaTag(code, equipment, "FAULT_WORD", "bagger.faults", node + "FaultWord;LINT", "LONG");
                mapOpcUaTag(code, equipment, "TEMPERATURE", "bagger.temperature", node + "Temperature;REAL", "REAL");

                long first = eventually("a GOOD good count over OPC UA", () -> currentValue(equipment, "GOOD_COUNT")
                        .filter(value -> "GOOD".equals(value.getString("quality")))).getJsonNumber("value").longValue();
                eventually("the good count to grow", () -> currentValue(equipment, "GOOD_COUNT")
                        .filter(value -> value.containsKey("value") && value.getJsonNumber("value").longValue() > first));
                assertTrue(currentValue(equipment, "TEMPERATURE").orElseThrow().getJsonNumber("value").doubleValue() > 100);

                line.raiseBaggerFault(5);
                eventually("fault 5 raised", () -> faultEvents(equipment, 5).stream()
                        .filter("FAULT_RAISED"::equals).findFirst());
                assertEquals(32, currentValue(equipment, "FAULT_WORD").orElseThrow().getJsonNumber("value").longValue());
                line.clearBaggerFault(5);
                eventually("fault 5 cleared", () -> faultEvents(equipment, 5).stream()
                        .filter("FAULT_CLEARED"::equals).findFirst());
                assertEquals(List.of("FAULT_CLEARED", "FAULT_RAISED"), faultEvents(equipment, 5));
                assertTrue(count("select count(*) from telemetry_sample s join telemetry_tag t on t.id = s.tag_id"
                        + " join telemetry_plc_connection p on p.id = t.plc_connection_id where p.code = '" + code + "' and s.quality = 'GOOD'") >= 4);
            } finally {
                Http.Response disabled = Http.post(PLCS + "/" + code + "/disable", "{}");
                assertEquals(200, disabled.status(), disabled.body());
                eventually(code + " no longer polled", () -> plcStatus(code).isEmpty() ? Optional.of(true) : Optional.empty());
            }
        }
    }

    private static void mapOpcUaTag(String plc, long equipment, String signal, String name, String address, String dataType) {
        Http.Response tag = Http.post(PLCS + "/" + plc + "/tags", Json.createObjectBuilder().add("name", name)
                .add("address", address).add("dataType", dataType).add("scanClass", "fast").build().toString());
        assertEquals(201, tag.status(), tag.body());
        Http.Response mapping = Http.post("api/telemetry/signal-mappings", Json.createObjectBuilder().add("equipmentId", equipment)
                .add("signal", signal).add("tagId", tag.json().getJsonNumber("id").longValue()).build().toString());
        assertEquals(201, mapping.status(), mapping.body());
    }

    private static Optional<JsonObject> plcStatus(String code) {
        Http.Response status = Http.get("api/telemetry/status");
        assertEquals(200, status.status(), status.body());
        return status.json().getJsonArray("plcs").stream().map(JsonValue::asJsonObject)
                .filter(plc -> code.equals(plc.getString("code"))).findFirst();
    }

    private static String demoConnectionString() {
        return "modbus-tcp://127.0.0.1:" + TestEnvironment.simulator().port();
    }

    private static Optional<JsonObject> currentValue(long equipmentId, String signal) {
        Http.Response response = Http.get("api/telemetry/equipment/" + equipmentId + "/current-values");
        assertEquals(200, response.status(), response.body());
        return response.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(value -> signal.equals(value.getString("signal"))).findFirst();
    }

    private static <T> T eventually(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("waited " + PATIENCE.toSeconds() + " s for " + what);
    }

    private static long equipmentId(String code) throws SQLException {
        try (Connection connection = database();
             PreparedStatement statement = connection.prepareStatement("select id from plant_node where code = ?")) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "demo plant has " + code);
                return rows.getLong(1);
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection database() throws SQLException {
        Properties user = new Properties();
        user.setProperty("user", EmbeddedDatabase.USER);
        return DriverManager.getConnection(System.getProperty(TestEnvironment.DB_URL), user);
    }
}
