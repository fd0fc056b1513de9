package org.openmes.telemetry.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.plc4x.java.DefaultPlcDriverManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmes.telemetry.simulator.LineSimulator;
import org.openmes.telemetry.simulator.OpcUaLineServer;
import org.openmes.telemetry.simulator.Scenario;

/**
 * The connector's session over PLC4X's real {@code opcua} driver against the simulated line's OPC UA server (Eclipse
 * Milo): the same line, and the same values, as over Modbus.
 */
class OpcUaLineTest {
    private static final List<String> SIGNALS = List.of("State;UINT", "Running;BOOL", "Speed;UINT", "GoodCount;UDINT",
            "RejectCount;UDINT", "TotalCount;UDINT", "FaultWord;LINT", "EnergyKwh;REAL", "Temperature;REAL");

    @TempDir
    Path journalDir;
    private LineSimulator simulator;
    private OpcUaLineServer opcUa;
    private List<TagDefinition> tags;
    private PlcSession session;
    private PlcPoller poller;
    private TagAccess access;

    @BeforeEach
    void startLine() {
        simulator = new LineSimulator("127.0.0.1", 0, Duration.ofMillis(20), Scenario.MANUAL).start();
        opcUa = new OpcUaLineServer(simulator, "127.0.0.1", 0).start();
        int ns = opcUa.namespaceIndex();
        tags = new ArrayList<>();
        for (String signal : SIGNALS) {
            String name = signal.substring(0, signal.indexOf(';'));
            tags.add(new TagDefinition(tags.size() + 1, name, "ns=" + ns + ";s=Bagger." + signal, "LONG", 1, 0, 0, "slow", null));
        }
        tags.add(new TagDefinition(100, "target", "ns=" + ns + ";s=Bagger.TargetCount;UDINT", "LONG", 1, 0, 0, "slow", null));
        PlcDefinition plc = new PlcDefinition(1, "LINE-UA", "opcua:tcp://127.0.0.1:" + opcUa.port() + OpcUaLineServer.PATH
                + "?discovery=false", Map.of("slow", 10_000L), 2000, null, tags);
        session = new PlcSession(new DefaultPlcDriverManager(), plc, Duration.ofSeconds(1), Clock.systemUTC());
        ScanPublisher publisher = new ScanPublisher((code, scanId, body) -> { }, new ScanJournal(journalDir.resolve("j"), 1000),
                Runnable::run, 10_000, 100_000);
        poller = new PlcPoller(plc, session, publisher, Clock.systemUTC());
        access = new TagAccess(code -> "LINE-UA".equals(code) ? poller : null, Clock.systemUTC());
    }

    @AfterEach
    void stopLine() {
        poller.close();
        opcUa.close();
        simulator.close();
    }

    @Test
    void everySignalOfTheBaggerReadsGoodWithTheLinesValues() {
        Map<String, BigDecimal> values = read();

        assertEquals(6, values.get("State").intValue()); // PackML EXECUTE
        assertEquals(1, values.get("Running").intValue());
        assertEquals(60, values.get("Speed").intValue());
        assertEquals(0, values.get("FaultWord").signum());
        assertTrue(values.get("Temperature").doubleValue() > 100, "sealing jaws " + values.get("Temperature"));
        assertTrue(values.get("EnergyKwh").signum() >= 0);
    }

    @Test
    void countersGrowAndAJamRaisesItsFaultBitAndHoldsTheBagger() {
        Map<String, BigDecimal> before = read();
        Map<String, BigDecimal> later = readUntil(values -> values.get("TotalCount").longValue() >= before.get("TotalCount").longValue() + 2);
        assertEquals(later.get("TotalCount").longValue(), later.get("GoodCount").longValue() + later.get("RejectCount").longValue());

        simulator.raiseBaggerFault(3);
        simulator.raiseBaggerFault(63);

        Map<String, BigDecimal> jammed = read();
        assertEquals((1L << 63) | (1L << 3), jammed.get("FaultWord").longValueExact()); // all 64 bits, as over Modbus
        assertEquals(11, jammed.get("State").intValue()); // PackML HELD
        assertEquals(0, jammed.get("Running").intValue());

        simulator.clearBaggerFault(3);
        simulator.clearBaggerFault(63);
        assertEquals(0, read().get("FaultWord").signum());
    }

    @Test
    void aWrittenTargetCountReachesTheLineAndReadsBackOverBothProtocols() throws Exception {
        access.write("LINE-UA", "target", new BigDecimal("3000000000"));

        assertEquals(3_000_000_000L, simulator.baggerTargetCount()); // what a Modbus client reads in TARGET_COUNT
        Sample read = access.read("LINE-UA", "target");
        assertEquals(Quality.GOOD, read.quality());
        assertEquals(0, new BigDecimal("3000000000").compareTo(read.value()));
    }

    @Test
    void theOpcUaServerDropsOffTheNetworkWithTheLineAndServesAgainWhenItIsBack() {
        List<TagDefinition> state = tags.subList(0, 1);
        assertEquals(Quality.GOOD, session.read(state, Instant.now()).get(0).quality());

        simulator.cutConnectionFor(Duration.ofSeconds(3));

        Sample lost = awaitQuality(state, Quality.BAD);
        assertTrue(lost.reason() != null && !lost.reason().isBlank(), "BAD with a reason");
        assertEquals(Quality.GOOD, awaitQuality(state, Quality.GOOD).quality());
    }

    private Sample awaitQuality(List<TagDefinition> tag, Quality quality) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Sample sample;
        do {
            sample = session.read(tag, Instant.now()).get(0);
            if (sample.quality() == quality) {
                return sample;
            }
            pause();
        } while (System.nanoTime() < deadline);
        fail("no " + quality + " read within 30 s, last " + sample);
        return sample;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, BigDecimal> read() {
        List<TagDefinition> signals = tags.subList(0, SIGNALS.size());
        List<Sample> samples = session.read(signals, Instant.now());
        for (Sample sample : samples) {
            assertEquals(Quality.GOOD, sample.quality(), () -> "tag " + sample.tagId() + ": " + sample.reason());
        }
        return signals.stream().collect(Collectors.toMap(TagDefinition::name,
                tag -> samples.get(signals.indexOf(tag)).value()));
    }

    private Map<String, BigDecimal> readUntil(Predicate<Map<String, BigDecimal>> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Map<String, BigDecimal> values;
        do {
            values = read();
            if (condition.test(values)) {
                return values;
            }
            pause();
        } while (System.nanoTime() < deadline);
        fail("condition not met within 10 s, last values " + values);
        return values;
    }
}
