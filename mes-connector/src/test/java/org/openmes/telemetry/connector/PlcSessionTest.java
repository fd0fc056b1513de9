package org.openmes.telemetry.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.plc4x.java.DefaultPlcDriverManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmes.telemetry.simulator.LineSimulator;
import org.openmes.telemetry.simulator.Scenario;

/**
 * What a session leaves behind: nothing, however its connection ended (a redeployed adapter must not leak threads);
 * and the read request a scan class prepares once per connection.
 */
class PlcSessionTest {
    private static final TagDefinition STATE = new TagDefinition(2, "state", "holding-register:1:UINT", "INT", 1, 0, 0, "slow", null);
    private static final TagDefinition GOOD_COUNT = new TagDefinition(3, "good", "holding-register:3:UDINT", "DINT", 1, 0, 0, "slow", null);

    private LineSimulator simulator;
    private PlcSession session;
    /** Threads of other tests in this JVM are not this session's. */
    private Set<Thread> before;

    @BeforeEach
    void startLine() {
        before = Thread.getAllStackTraces().keySet();
        simulator = new LineSimulator("127.0.0.1", 0, Duration.ofMillis(20), Scenario.MANUAL).start();
        PlcDefinition plc = new PlcDefinition(1, "LINE-1", "modbus-tcp://127.0.0.1:" + simulator.port(),
                Map.of("slow", 10_000L), 1000, null, List.of(STATE));
        session = new PlcSession(new DefaultPlcDriverManager(), plc, Duration.ofSeconds(1), Clock.systemUTC());
    }

    @AfterEach
    void stopLine() {
        session.close();
        simulator.close();
    }

    @Test
    void aClosedSessionLeavesNoPlc4xThreadsBehind() {
        assertEquals(Quality.GOOD, session.read(List.of(STATE), Instant.now()).get(0).quality());

        session.close();

        awaitNoPlc4xThreads();
    }

    @Test
    void aSessionTheNetworkEndedLeavesNoPlc4xThreadsBehind() throws InterruptedException {
        assertEquals(Quality.GOOD, session.read(List.of(STATE), Instant.now()).get(0).quality());

        simulator.cutConnectionFor(Duration.ofSeconds(30));
        Thread.sleep(200); // the simulator cuts on its own timer
        assertEquals(Quality.BAD, session.read(List.of(STATE), Instant.now()).get(0).quality());

        awaitNoPlc4xThreads();
    }

    @Test
    void aScanClassReadsFreshValuesWithTheRequestItPreparedAndPreparesItAgainOnANewConnection() throws InterruptedException {
        PlcSession counting = sessionOf(List.of(STATE, GOOD_COUNT));
        simulator.setBaggerCounters(1_000, 0);
        awaitGoodCount(counting, 1_000);

        simulator.setBaggerCounters(70_000, 0);
        awaitGoodCount(counting, 70_000); // the same request, executed again, sees the new value

        simulator.cutConnectionFor(Duration.ofSeconds(1));
        Thread.sleep(200); // the simulator cuts on its own timer
        assertEquals(Quality.BAD, counting.scan("slow", Instant.now()).get(1).quality());
        simulator.setBaggerCounters(5, 0);
        awaitGoodCount(counting, 5); // after the backoff, on a new connection
        counting.close();
    }

    private PlcSession sessionOf(List<TagDefinition> tags) {
        PlcDefinition plc = new PlcDefinition(1, "LINE-1", "modbus-tcp://127.0.0.1:" + simulator.port(),
                Map.of("slow", 10_000L), 1000, null, tags);
        return new PlcSession(new DefaultPlcDriverManager(), plc, Duration.ofSeconds(1), Clock.systemUTC());
    }

    /** Scans until the good count reads {@code expected} (the simulator applies changes on its timer). */
    private static void awaitGoodCount(PlcSession session, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Sample last;
        do {
            last = session.scan("slow", Instant.now()).get(1);
            if (last.quality() == Quality.GOOD && last.value().longValueExact() == expected) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        fail("good count never read " + expected + "; last sample " + last);
    }

    /** Netty's event loop stops after a quiet period of about 2 s. */
    private void awaitNoPlc4xThreads() {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<String> left;
        do {
            left = Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.isAlive() && !before.contains(thread)).map(Thread::getName)
                    .filter(name -> name.startsWith("plc4x-tm-thread") || name.startsWith("nioEventLoopGroup")).toList();
            if (left.isEmpty()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < deadline);
        fail("PLC4X threads still running: " + left);
    }
}
