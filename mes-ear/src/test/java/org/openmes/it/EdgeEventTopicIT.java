package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmes.it.subscriber.EdgeEventRecorder;
import org.openmes.it.subscriber.SubscriberServlet;

/**
 * The edge-event topic as an outside consumer sees it: a second application on the server
 * ({@link org.openmes.it.subscriber}) subscribes with an MDB and a selector on {@code kind} (faults only), scans go
 * onto the telemetry queue as the connector sends them, and the ingest MDB publishes what it stored. Each test uses a
 * PLC and equipment of its own ({@link OwnPlc}) and reads only the messages of its equipment.
 */
class EdgeEventTopicIT extends MesIntegrationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Deployment(name = "edge-subscriber", testable = false, order = 2)
    public static WebArchive subscriber() {
        return ShrinkWrap.create(WebArchive.class, "edge-subscriber.war")
                .addClasses(EdgeEventRecorder.class, SubscriberServlet.class);
    }

    @BeforeEach
    void subscriptionIsActive() {
        // a non-durable subscription gets only what is published once its MDB is active
        awaitRecord(record -> record.stream().anyMatch(entry -> entry.getJsonNumber("equipmentId").longValue() == -1),
                () -> post("probe", ""));
    }

    @Test
    void aFaultRaisedAndClearedIsPublishedOnceEachWithItsSelectorPropertiesAndOthersKindsAreFilteredOut() {
        OwnPlc plc = OwnPlc.create("FAULT_WORD", "STATE");
        Instant raised = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant cleared = raised.plusMillis(700);
        post("scan", scan(plc, "raise", Json.createArrayBuilder()
                .add(event(plc.tagIds().get("FAULT_WORD"), raised, "FAULT_RAISED", 5, 0, 32))
                .add(event(plc.tagIds().get("STATE"), raised, "STATE_CHANGED", -1, 6, 11))));
        post("scan", scan(plc, "clear", Json.createArrayBuilder()
                .add(event(plc.tagIds().get("FAULT_WORD"), cleared, "FAULT_CLEARED", 5, 32, 0))));
        // a later fault of the same machine: once it and both of bit 5 are there, a duplicate would be there too
        post("scan", scan(plc, "marker", Json.createArrayBuilder()
                .add(event(plc.tagIds().get("FAULT_WORD"), cleared.plusSeconds(1), "FAULT_RAISED", 9, 0, 512))));
        awaitRecord(record -> record.stream().filter(entry -> ofEquipment(entry, plc)).map(EdgeEventTopicIT::bit)
                .filter(bit -> bit != null && (bit == 5 || bit == 9)).count() >= 3, () -> { });

        List<JsonObject> received = EdgeEventRecorderClient.record().stream().filter(record -> ofEquipment(record, plc))
                .filter(record -> Integer.valueOf(5).equals(bit(record))).toList();
        assertEquals(2, received.size(), "one raised, one cleared: " + received);
        assertTrue(EdgeEventRecorderClient.record().stream().filter(record -> ofEquipment(record, plc))
                .allMatch(record -> record.getString("kind").startsWith("FAULT_")), "the selector let no state change through");
        JsonObject raise = received.stream().filter(record -> "FAULT_RAISED".equals(record.getString("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no FAULT_RAISED in " + received));
        JsonObject clear = received.stream().filter(record -> "FAULT_CLEARED".equals(record.getString("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no FAULT_CLEARED in " + received));
        String raiseId = plc.equipmentId() + ":FAULT_WORD:" + raised + ":FAULT_RAISED:5";
        assertEquals(raiseId, raise.getString("eventId"));
        assertEquals(raiseId, raise.getString("correlationId"));
        assertEquals("FAULT_WORD", raise.getString("signal"));
        assertEquals("org.openmes.telemetry.EdgeEvent/1", raise.getString("jmsType"));
        assertTrue(raise.getBoolean("persistent"));
        JsonObject body = raise.getJsonObject("body");
        assertEquals(raiseId, body.getString("eventId"));
        assertEquals(plc.equipmentId(), body.getJsonNumber("equipmentId").longValue());
        assertEquals("FAULT_RAISED", body.getString("kind"));
        assertEquals(raised, Instant.parse(body.getString("occurredAt")));
        assertEquals(5, body.getInt("bit"));
        assertEquals(32, body.getJsonNumber("newValue").intValue());
        assertEquals(plc.equipmentId() + ":FAULT_WORD:" + cleared + ":FAULT_CLEARED:5", clear.getString("eventId"));
        assertEquals(0, clear.getJsonObject("body").getJsonNumber("newValue").intValue());
    }

    @Test
    void aScanDeliveredAgainPublishesItsEventAgainWithTheSameEventId() {
        OwnPlc plc = OwnPlc.create("FAULT_WORD");
        Instant raised = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String scan = scan(plc, "again", Json.createArrayBuilder()
                .add(event(plc.tagIds().get("FAULT_WORD"), raised, "FAULT_RAISED", 7, 0, 128)));
        post("scan", scan);
        awaitRecord(record -> count(record, plc) == 1, () -> { });

        post("scan", scan);
        awaitRecord(record -> count(record, plc) == 2, () -> { });
        List<String> ids = EdgeEventRecorderClient.record().stream().filter(record -> ofEquipment(record, plc))
                .map(record -> record.getString("eventId")).distinct().toList();
        assertEquals(List.of(plc.equipmentId() + ":FAULT_WORD:" + raised + ":FAULT_RAISED:7"), ids,
                "a consumer that keeps the ids it saw takes the second one for what it is");
        Http.Response events = Http.get("api/telemetry/equipment/" + plc.equipmentId() + "/events");
        assertEquals(1, events.jsonArray().size(), "stored once: " + events.body());
    }

    private static long count(List<JsonObject> record, OwnPlc plc) {
        return record.stream().filter(entry -> ofEquipment(entry, plc)).count();
    }

    private static boolean ofEquipment(JsonObject record, OwnPlc plc) {
        return record.containsKey("equipmentId") && record.getJsonNumber("equipmentId").longValue() == plc.equipmentId();
    }

    private static Integer bit(JsonObject record) {
        return record.containsKey("bit") ? record.getInt("bit") : null;
    }

    /** Runs {@code action} and reads the record until it is as wanted, at most {@link #PATIENCE}. */
    private static void awaitRecord(Predicate<List<JsonObject>> wanted, Runnable action) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            action.run();
            if (wanted.test(EdgeEventRecorderClient.record())) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("nothing wanted arrived within " + PATIENCE + ": " + EdgeEventRecorderClient.record());
    }

    private static String scan(OwnPlc plc, String id, JsonArrayBuilder events) {
        return Json.createObjectBuilder().add("plc", plc.code()).add("scanId", "it-topic-" + id + "-" + plc.code())
                .add("scanClass", "fast").add("samples", Json.createArrayBuilder()).add("events", events).build().toString();
    }

    private static JsonObject event(long tag, Instant at, String kind, int bit, long oldValue, long newValue) {
        return Json.createObjectBuilder().add("tag", tag).add("occurredAt", at.toString()).add("kind", kind).add("bit", bit)
                .add("oldValue", oldValue).add("newValue", newValue).build();
    }

    private static void post(String path, String body) {
        Http.Response response = Http.send(HttpRequest.newBuilder(URI.create(EdgeEventRecorderClient.URL + path))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(204, response.status(), response.body());
    }

    /** Reads the subscriber application's record over HTTP. */
    private static final class EdgeEventRecorderClient {
        static final String URL = baseUrl() + "edge-subscriber/";

        static List<JsonObject> record() {
            Http.Response response = Http.send(HttpRequest.newBuilder(URI.create(URL + "record")).timeout(Duration.ofSeconds(30)));
            assertEquals(200, response.status(), response.body());
            return response.jsonArray().getValuesAs(JsonObject.class);
        }
    }
}
