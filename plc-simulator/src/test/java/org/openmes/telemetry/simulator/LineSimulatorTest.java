package org.openmes.telemetry.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.plc4x.java.DefaultPlcDriverManager;
import org.apache.plc4x.java.api.PlcConnection;
import org.apache.plc4x.java.api.messages.PlcReadRequest;
import org.apache.plc4x.java.api.messages.PlcReadResponse;
import org.apache.plc4x.java.api.types.PlcResponseCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads the simulated line the way the connector does: through PLC4X's Modbus TCP driver. */
class LineSimulatorTest {
    private LineSimulator simulator;

    @BeforeEach
    void startLine() {
        simulator = new LineSimulator("127.0.0.1", 0, Duration.ofMillis(20), Scenario.MANUAL).start();
    }

    @AfterEach
    void stopLine() {
        simulator.close();
    }

    @Test
    void listensOnAFreePortWhenAskedForPortZero() {
        assertNotEquals(0, simulator.port());
        assertTrue(simulator.online());
    }

    @Test
    void runningBaggerReportsExecuteStateRunningBitSpeedAndGrowingCounters() throws Exception {
        try (PlcConnection connection = connect()) {
            PlcReadResponse first = readBagger(connection);
            assertEquals(PlcResponseCode.OK, first.getResponseCode("good"));
            assertEquals(PackMlState.EXECUTE.number(), first.getInteger("state"));
            assertTrue(first.getBoolean("running"));
            assertEquals(60, first.getInteger("speed"));
            Thread.sleep(2_500); // 60/min: at least two more bags
            PlcReadResponse later = readBagger(connection);
            assertTrue(later.getLong("total") >= first.getLong("total") + 2,
                    "total " + first.getLong("total") + " -> " + later.getLong("total"));
            assertEquals(later.getLong("total"), later.getLong("good") + later.getLong("reject"));
            assertTrue(later.getFloat("energy") > 0f);
            assertEquals(simulator.baggerSnapshot().temperatureCelsius(), later.getFloat("temperature"), 1f);
            assertTrue(later.getFloat("temperature") > 150f, "sealing jaws at " + later.getFloat("temperature"));
        }
    }

    @Test
    void faultBitShowsInTheSixtyFourBitFaultArrayAndHoldsTheBagger() throws Exception {
        try (PlcConnection connection = connect()) {
            simulator.raiseBaggerFault(3);
            simulator.raiseBaggerFault(63);
            PlcReadResponse faulted = readBagger(connection);
            assertEquals((1L << 3) | (1L << 63), faulted.getLong("faults"));
            assertEquals(PackMlState.HELD.number(), faulted.getInteger("state"));
            assertFalse(faulted.getBoolean("running"));

            simulator.clearBaggerFault(3);
            simulator.clearBaggerFault(63);
            PlcReadResponse cleared = readBagger(connection);
            assertEquals(0L, cleared.getLong("faults"));
            assertEquals(PackMlState.EXECUTE.number(), cleared.getInteger("state"));
        }
    }

    @Test
    void basketLoaderHasItsOwnFaultWordAndCounters() throws Exception {
        try (PlcConnection connection = connect()) {
            simulator.raiseLoaderFault(2);
            PlcReadResponse response = connection.readRequestBuilder()
                    .addTagAddress("faults", "holding-register:" + (RegisterMap.LOADER + RegisterMap.FAULTS + 1) + ":WORD")
                    .addTagAddress("running", "coil:" + (RegisterMap.LOADER_RUNNING_COIL + 1))
                    .build().execute().get(5, TimeUnit.SECONDS);
            assertEquals(4, response.getInteger("faults"));
            assertFalse(response.getBoolean("running"));
        }
    }

    @Test
    void countersRollOverAtThirtyTwoBitsLikeAPlc() throws Exception {
        simulator.setBaggerCounters(0xFFFF_FFFFL, 0);
        Thread.sleep(1_500);
        try (PlcConnection connection = connect()) {
            assertTrue(readBagger(connection).getLong("good") < 100);
        }
    }

    @Test
    void commsLossClosesTheConnectionAndTheLineIsReachableAgainAfterwards() throws Exception {
        int port = simulator.port();
        PlcConnection connection = connect();
        readBagger(connection);
        simulator.cutConnectionFor(Duration.ofSeconds(8));
        assertFalse(simulator.online());
        assertThrows(java.net.ConnectException.class, () -> new java.net.Socket("127.0.0.1", port).close());
        assertThrows(Exception.class, () -> readBagger(connection));
        // no close(): PLC4X already shut the dead connection's event loop down and would reject the close

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!simulator.online() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(simulator.online());
        assertEquals(port, simulator.port());
        try (PlcConnection again = connect()) {
            assertEquals(PlcResponseCode.OK, readBagger(again).getResponseCode("state"));
        }
    }

    @Test
    void plc4xReadsTheTagsOfOneRequestWithAsFewModbusRequestsAsTheProtocolAllows() throws Exception {
        try (PlcConnection connection = connect()) {
            readBagger(connection); // connected, so that only the reads below count
            long before = simulator.readRequests();
            readBagger(connection);
            assertEquals(2, simulator.readRequests() - before, "7 register tags in one read of 16 registers, 1 coil read");

            PlcReadRequest.Builder bench = connection.readRequestBuilder();
            for (int i = 0; i < 200; i++) {
                bench.addTagAddress("b" + i, "holding-register:" + (RegisterMap.BENCH + 1 + i) + ":UINT");
            }
            before = simulator.readRequests();
            assertEquals(PlcResponseCode.OK, bench.build().execute().get(5, TimeUnit.SECONDS).getResponseCode("b199"));
            assertEquals(2, simulator.readRequests() - before, "200 registers: 125 (the protocol's limit) + 75");
        }
    }

    @Test
    void everyReadOfTheBenchBlockSeesNewValues() throws Exception {
        try (LineSimulator bench = new LineSimulator("127.0.0.1", 0, Duration.ofMillis(20), Scenario.BENCH).start();
             PlcConnection connection = new DefaultPlcDriverManager().getConnection("modbus-tcp://127.0.0.1:" + bench.port())) {
            PlcReadRequest request = connection.readRequestBuilder()
                    .addTagAddress("first", "holding-register:" + (RegisterMap.BENCH + 1) + ":UINT")
                    .addTagAddress("last", "holding-register:" + (RegisterMap.BENCH + RegisterMap.BENCH_REGISTERS) + ":UINT")
                    .build();
            PlcReadResponse before = request.execute().get(5, TimeUnit.SECONDS);
            PlcReadResponse after = request.execute().get(5, TimeUnit.SECONDS);
            assertNotEquals(before.getInteger("first"), after.getInteger("first"));
            assertNotEquals(before.getInteger("last"), after.getInteger("last"));
            assertNotEquals(after.getInteger("first"), after.getInteger("last"), "registers differ from each other");
        }
    }

    private PlcConnection connect() throws Exception {
        return new DefaultPlcDriverManager().getConnection("modbus-tcp://127.0.0.1:" + simulator.port()
                + "?request-timeout=2000");
    }

    private static PlcReadResponse readBagger(PlcConnection connection) throws Exception {
        return connection.readRequestBuilder()
                .addTagAddress("state", register(RegisterMap.STATE, "UINT"))
                .addTagAddress("speed", register(RegisterMap.SPEED, "UINT"))
                .addTagAddress("good", register(RegisterMap.GOOD_COUNT, "UDINT"))
                .addTagAddress("reject", register(RegisterMap.REJECT_COUNT, "UDINT"))
                .addTagAddress("total", register(RegisterMap.TOTAL_COUNT, "UDINT"))
                .addTagAddress("energy", register(RegisterMap.ENERGY_KWH, "REAL"))
                .addTagAddress("faults", register(RegisterMap.FAULTS, "LINT"))
                .addTagAddress("temperature", register(RegisterMap.TEMPERATURE, "REAL"))
                .addTagAddress("running", "coil:" + (RegisterMap.BAGGER_RUNNING_COIL + 1))
                .build().execute().get(5, TimeUnit.SECONDS);
    }

    private static String register(int offset, String type) {
        return "holding-register:" + (RegisterMap.BAGGER + offset + 1) + ":" + type;
    }
}
