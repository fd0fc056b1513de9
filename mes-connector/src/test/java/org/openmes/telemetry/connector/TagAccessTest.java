package org.openmes.telemetry.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.plc4x.java.DefaultPlcDriverManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmes.telemetry.simulator.LineSimulator;
import org.openmes.telemetry.simulator.Scenario;

/** On-demand reads and writes through a PLC's session, against the simulated line's Modbus server. */
class TagAccessTest {
    private static final TagDefinition TARGET = new TagDefinition(1, "target", "holding-register:17:UDINT", "LONG", 1, 0, 0, "slow", null);
    private static final TagDefinition STATE = new TagDefinition(2, "state", "holding-register:1:UINT", "INT", 1, 0, 0, "slow", null);

    @TempDir
    Path journalDir;
    private LineSimulator simulator;
    private PlcPoller poller;
    private TagAccess access;

    @BeforeEach
    void startLine() {
        simulator = new LineSimulator("127.0.0.1", 0, Duration.ofMillis(20), Scenario.MANUAL).start();
        PlcDefinition plc = new PlcDefinition(1, "LINE-1", "modbus-tcp://127.0.0.1:" + simulator.port(),
                Map.of("slow", 10_000L), 1000, null, List.of(TARGET, STATE));
        ScanPublisher publisher = new ScanPublisher((code, scanId, body) -> { }, new ScanJournal(journalDir.resolve("j"), 1000),
                Runnable::run, 10_000, 100_000, Duration.ZERO);
        poller = new PlcPoller(plc, new PlcSession(new DefaultPlcDriverManager(), plc, Duration.ofSeconds(1), Clock.systemUTC()),
                publisher, Clock.systemUTC());
        access = new TagAccess(code -> "LINE-1".equals(code) ? poller : null, Clock.systemUTC());
    }

    @AfterEach
    void stopLine() {
        poller.close();
        simulator.close();
    }

    @Test
    void aWrittenValueLandsInThePlcsRegistersAndReadsBack() throws Exception {
        access.write("LINE-1", "target", new BigDecimal("3000000000"));

        assertEquals(3_000_000_000L, simulator.baggerTargetCount());
        Sample read = access.read("LINE-1", "target");
        assertEquals(Quality.GOOD, read.quality());
        assertEquals(0, new BigDecimal("3000000000").compareTo(read.value()));
        assertEquals(Quality.GOOD, access.read("LINE-1", "state").quality());
    }

    @Test
    void anUnknownPlcOrTagIsNotFoundAndAValueTheTypeCannotHoldIsRefused() {
        assertEquals(TagAccessException.NOT_FOUND, assertThrows(TagAccessException.class,
                () -> access.read("OTHER", "target")).getErrorCode());
        assertEquals(TagAccessException.NOT_FOUND, assertThrows(TagAccessException.class,
                () -> access.write("LINE-1", "nothing", BigDecimal.ONE)).getErrorCode());
        assertEquals(TagAccessException.REFUSED, assertThrows(TagAccessException.class,
                () -> access.write("LINE-1", "target", new BigDecimal("1.5"))).getErrorCode());
    }

    @Test
    void engineeringUnitsBecomeTheTagsRawType() throws Exception {
        TagDefinition scaled = new TagDefinition(3, "speed", "holding-register:2:UINT", "INT", 0.5, 10, 0, "slow", null);
        assertEquals(30L, TagAccess.toRaw(scaled, new BigDecimal("25")));
        TagDefinition bit = new TagDefinition(4, "run", "coil:1", "BOOL", 1, 0, 0, "slow", null);
        assertEquals(true, TagAccess.toRaw(bit, BigDecimal.ONE));
        assertEquals(TagAccessException.REFUSED, assertThrows(TagAccessException.class,
                () -> TagAccess.toRaw(bit, new BigDecimal("2"))).getErrorCode());
        TagDefinition real = new TagDefinition(5, "energy", "holding-register:9:REAL", "REAL", 1, 0, 0, "slow", null);
        assertEquals(2.5, TagAccess.toRaw(real, new BigDecimal("2.5")));
    }
}
