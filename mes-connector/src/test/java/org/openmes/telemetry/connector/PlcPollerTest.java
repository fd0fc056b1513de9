package org.openmes.telemetry.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.plc4x.java.DefaultPlcDriverManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmes.telemetry.simulator.LineSimulator;
import org.openmes.telemetry.simulator.Scenario;

/** Scans of the simulated line through the real PLC4X Modbus driver, published to an in-memory engine. */
class PlcPollerTest {
    private static final TagDefinition STATE = new TagDefinition(1, "state", "holding-register:1:UINT", "INT", 1, 0, 0, "fast", null);
    private static final TagDefinition FAULTS = new TagDefinition(2, "faults", "holding-register:13:LINT", "LONG", 1, 0, 0, "fast", "FAULT_WORD");
    private static final TagDefinition SPEED = new TagDefinition(3, "speed", "holding-register:2:UINT", "INT", 0.5, 10, 0, "fast", null);
    private static final TagDefinition TOTAL = new TagDefinition(4, "total", "holding-register:7:UDINT", "LONG", 1, 0, 1000, "fast", "TOTAL_COUNT");
    private static final TagDefinition HEARTBEAT = new TagDefinition(5, "heartbeat", "holding-register:11:UINT", "INT", 1, 0, 0, "fast", null);

    @TempDir
    Path journalDir;
    private LineSimulator simulator;
    private final List<String> engine = new CopyOnWriteArrayList<>();
    private volatile boolean engineUp = true;
    private PlcPoller poller;

    @BeforeEach
    void startLine() {
        simulator = new LineSimulator("127.0.0.1", 0, Duration.ofMillis(20), Scenario.MANUAL).start();
        PlcDefinition plc = new PlcDefinition(1, "LINE-1", "modbus-tcp://127.0.0.1:" + simulator.port(),
                Map.of("fast", 100L), 1000, "heartbeat", List.of(STATE, FAULTS, SPEED, TOTAL, HEARTBEAT));
        ScanPublisher publisher = new ScanPublisher((code, scanId, body) -> {
            if (!engineUp) {
                throw new IllegalStateException("engine refuses");
            }
            engine.add(body);
        }, new ScanJournal(journalDir.resolve("scans.journal"), 1_000_000), Runnable::run, 10_000, 100_000, Duration.ZERO);
        poller = new PlcPoller(plc, new PlcSession(new DefaultPlcDriverManager(), plc, Duration.ofSeconds(1),
                Clock.systemUTC()), publisher, Clock.systemUTC());
    }

    @AfterEach
    void stopLine() {
        poller.close();
        simulator.close();
    }

    @Test
    void firstScanPublishesEveryTagInOneMessageWithScaleAndOffsetApplied() {
        List<Sample> samples = poller.scan("fast");
        assertEquals(5, samples.size());
        assertEquals(1, engine.size());
        JsonObject message = Json.createReader(new StringReader(engine.get(0))).readObject();
        assertEquals("LINE-1", message.getString("plc"));
        assertTrue(message.getString("scanId").startsWith("LINE-1:fast:"));
        assertEquals(5, message.getJsonArray("tags").size(), "GOOD samples travel as columns");
        assertEquals(5, message.getJsonArray("values").size());
        assertEquals(0, message.getJsonArray("samples").size());
        Sample speed = samples.stream().filter(sample -> sample.tagId() == 3).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("40").compareTo(speed.value()), "60/min * 0.5 + 10");
        assertTrue(samples.stream().allMatch(sample -> sample.quality() == Quality.GOOD));
        assertTrue(samples.stream().allMatch(sample -> sample.sampledAt().equals(samples.get(0).sampledAt())));
    }

    @Test
    void unchangedValuesAndChangesWithinTheDeadbandAreNotPublishedAgain() {
        poller.scan("fast");
        List<Sample> second = poller.scan("fast");
        assertTrue(second.stream().noneMatch(sample -> sample.tagId() == STATE.id() || sample.tagId() == TOTAL.id()),
                "state did not change and total moved less than its deadband of 1000: " + second);
    }

    @Test
    void faultBitSixtyThreeArrivesExactly() {
        poller.scan("fast");
        simulator.raiseBaggerFault(63);
        List<Sample> changed = poller.scan("fast");
        Sample faults = changed.stream().filter(sample -> sample.tagId() == FAULTS.id()).findFirst().orElseThrow();
        assertEquals(BigDecimal.valueOf(Long.MIN_VALUE), faults.value());
        Sample state = changed.stream().filter(sample -> sample.tagId() == STATE.id()).findFirst().orElseThrow();
        assertEquals(BigDecimal.valueOf(11), state.value(), "PackML HELD");
    }

    @Test
    void aFaultBitRaisedAndClearedGivesExactlyOneEventEachAndCountsGiveIncrements() throws Exception {
        poller.scan("fast");
        simulator.raiseBaggerFault(63);
        poller.scan("fast");
        poller.scan("fast");
        simulator.clearBaggerFault(63);
        poller.scan("fast");
        Thread.sleep(1_500); // the bagger counts again
        poller.scan("fast");
        List<JsonObject> events = engine.stream()
                .flatMap(body -> Json.createReader(new StringReader(body)).readObject().getJsonArray("events").stream())
                .map(jakarta.json.JsonValue::asJsonObject).toList();
        List<String> faults = events.stream().filter(event -> event.getInt("bit") == 63)
                .map(event -> event.getString("kind")).toList();
        assertEquals(List.of("FAULT_RAISED", "FAULT_CLEARED"), faults);
        assertTrue(events.stream().anyMatch(event -> "COUNT".equals(event.getString("kind"))
                && event.getJsonNumber("increment").longValue() >= 1), events.toString());
    }

    @Test
    void lostConnectionGivesBadSamplesOnceThenReconnectsWithGoodOnes() throws Exception {
        poller.scan("fast");
        simulator.cutConnectionFor(Duration.ofSeconds(2));
        List<Sample> bad = poller.scan("fast");
        assertEquals(5, bad.size());
        assertTrue(bad.stream().allMatch(sample -> sample.quality() == Quality.BAD && sample.reason() != null));
        assertFalse(poller.session().connected());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Sample> recovered = List.of();
        while (System.nanoTime() < deadline) {
            Thread.sleep(200);
            recovered = poller.scan("fast");
            if (!recovered.isEmpty() && recovered.get(0).quality() == Quality.GOOD) {
                break;
            }
        }
        assertEquals(5, recovered.size());
        assertTrue(recovered.stream().allMatch(sample -> sample.quality() == Quality.GOOD), recovered.toString());
        assertTrue(poller.session().reconnects() >= 1);
    }

    @Test
    void aLostConnectionIsOneCommsLostAndOneCommsRestoredWhateverTheNumberOfFailedScans() throws Exception {
        poller.scan("fast");
        simulator.cutConnectionFor(Duration.ofSeconds(2));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        boolean restored = false;
        while (!restored && System.nanoTime() < deadline) {
            Thread.sleep(200);
            poller.scan("fast");
            restored = commsEvents().contains("COMMS_RESTORED");
        }
        assertEquals(List.of("CONNECTED", "LOST", "CONNECTED"), commsStates());
        assertEquals(List.of("COMMS_LOST", "COMMS_RESTORED"), commsEvents());
        JsonObject lost = commsOf(engine.get(commsIndexes().get(1)));
        assertTrue(lost.getString("reason").length() > 0, lost.toString());
    }

    private List<Integer> commsIndexes() {
        return java.util.stream.IntStream.range(0, engine.size()).filter(i -> commsOf(engine.get(i)) != null).boxed().toList();
    }

    private List<String> commsStates() {
        return commsIndexes().stream().map(i -> commsOf(engine.get(i)).getString("state")).toList();
    }

    private List<String> commsEvents() {
        return commsIndexes().stream().map(i -> commsOf(engine.get(i))).filter(comms -> comms.containsKey("event"))
                .map(comms -> comms.getString("event")).toList();
    }

    private static JsonObject commsOf(String body) {
        return Json.createReader(new StringReader(body)).readObject().getJsonObject("comms");
    }

    @Test
    void aFrozenHeartbeatMakesTheSamplesUncertainUntilThePlcRunsAgain() throws Exception {
        poller.scan("fast");
        simulator.freezeFor(Duration.ofSeconds(6));
        List<Sample> uncertain = scanUntil(samples -> samples.stream().anyMatch(sample -> sample.quality() == Quality.UNCERTAIN));
        assertTrue(uncertain.stream().allMatch(sample -> sample.quality() == Quality.UNCERTAIN
                && sample.reason().contains("heartbeat") && sample.value() != null), uncertain.toString());
        List<Sample> good = scanUntil(samples -> samples.stream().anyMatch(sample -> sample.quality() == Quality.GOOD));
        assertTrue(good.stream().anyMatch(sample -> sample.tagId() == HEARTBEAT.id() && sample.quality() == Quality.GOOD));
    }

    private List<Sample> scanUntil(java.util.function.Predicate<List<Sample>> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            List<Sample> samples = poller.scan("fast");
            if (wanted.test(samples)) {
                return samples;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such scan within 15 s");
    }

    @Test
    void scansTheEngineRefusesAreJournalledAndForwardedInOrder() {
        engineUp = false;
        poller.scan("fast");
        simulator.raiseBaggerFault(1);
        poller.scan("fast");
        assertTrue(engine.isEmpty());
        engineUp = true;
        simulator.clearBaggerFault(1);
        poller.scan("fast");
        assertEquals(3, engine.size());
        List<String> scanIds = engine.stream()
                .map(body -> Json.createReader(new StringReader(body)).readObject().getString("scanId")).toList();
        List<Long> sequence = scanIds.stream().map(id -> Long.parseLong(id.substring(id.lastIndexOf(':') + 1))).toList();
        assertEquals(List.of(1L, 2L, 3L), sequence);
    }
}
