package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openmes.telemetry.simulator.LineSimulator;
import org.openmes.telemetry.simulator.RegisterMap;
import org.openmes.telemetry.simulator.Scenario;

/**
 * Not a test: the telemetry figures of bench/telemetry.sh, measured on the test servers (Liberty, PostgreSQL and a
 * line simulator of its own, all on free ports). Run only by name (-Dit.test=TelemetryBenchmark); failsafe's default
 * pattern (*IT) leaves it out of ./mvnw verify. Parts, chosen with {@code bench.parts} (default all, in this order):
 * <ul>
 * <li>{@code copy}: raw PostgreSQL COPY into a table shaped like {@code telemetry_sample}, the physical ceiling;</li>
 * <li>{@code e2e}: for each run of {@code bench.runs} ({@code PLCSxTAGS@PERIOD_MS}, comma-separated) that many
 * simulated PLCs, each with TAGS UINT tags in one scan class, all polling the simulator's bench block where every
 * register changes with every tick, so every tag yields a sample with every scan: samples/s stored, lag (stored_at
 * minus sampled_at) p50 / p99, scans missed, Liberty's CPU and heap, and the CPU time per stored sample of Liberty,
 * of this JVM (the simulator) and of PostgreSQL; with {@code bench.jfr} (a directory) a JFR profile of Liberty over
 * each run's window (bench/JfrCpu.java reads it);</li>
 * <li>{@code ingest}: the MDB paused (Liberty's ServerEndpointControl), {@code bench.ingest-run} produces a backlog on
 * the queue, then the MDB is resumed and the drain is timed: the ingest alone;</li>
 * <li>{@code edge}: a fault bit of the demo line's bagger raised and cleared {@code bench.edges} times; time from the
 * change in the simulator until its edge event row is visible.</li>
 * </ul>
 * Writes target/bench/telemetry.txt.
 */
class TelemetryBenchmark extends MesIntegrationTest {
    private static final String PARTS = System.getProperty("bench.parts", "copy,e2e,ingest,edge");
    private static final String RUNS = System.getProperty("bench.runs", "20x100@100,50x100@100,50x200@1000");
    private static final String INGEST_RUN = System.getProperty("bench.ingest-run", "50x100@100");
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int INGEST_SECONDS = Integer.getInteger("bench.ingest-seconds", 20);
    private static final int COPY_ROWS = Integer.getInteger("bench.copy-rows", 2_000_000);
    private static final int EDGES = Integer.getInteger("bench.edges", 30);
    private static final String MDB_TARGET = "mes#mes-ejb.jar#ScanIngestBean";
    // a directory: each end-to-end run records a JFR profile of Liberty over its window there
    private static final String JFR_DIRECTORY = System.getProperty("bench.jfr", "");

    private final BenchReport report = new BenchReport();
    private int runNumber;

    @Test
    void measureTelemetry() throws Exception {
        report.line("Telemetry figures, " + java.time.Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, load average at start " + BenchReport.loadAverage());
        try (LineSimulator simulator = new LineSimulator("127.0.0.1", 0, Duration.ofMillis(20), Scenario.BENCH).start();
             Connection db = TestEnvironment.connectToDatabase()) {
            if (PARTS.contains("copy")) {
                copyCeiling(db);
            }
            if (PARTS.contains("e2e")) {
                for (String run : RUNS.split(",")) {
                    endToEnd(db, simulator, Run.parse(run));
                }
            }
            if (PARTS.contains("ingest")) {
                ingestAlone(db, simulator, Run.parse(INGEST_RUN));
            }
            if (PARTS.contains("edge")) {
                edgeLatency(db);
            }
        } finally {
            report.writeTo("telemetry.txt");
        }
    }

    /** PLCs x tags per PLC, scanned every periodMillis. */
    record Run(int plcs, int tags, int periodMillis) {
        static Run parse(String text) {
            String[] parts = text.trim().split("[x@]");
            return new Run(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }

        double offeredPerSecond() {
            return plcs * (double) tags * 1000 / periodMillis;
        }

        @Override
        public String toString() {
            return plcs + " PLCs x " + tags + " tags every " + periodMillis + " ms (" + plcs * tags + " tags, "
                    + String.format(Locale.ROOT, "%,.0f", offeredPerSecond()) + " samples/s offered)";
        }
    }

    private void copyCeiling(Connection db) throws SQLException, IOException {
        try (Statement statement = db.createStatement()) {
            statement.execute("drop table if exists bench_copy");
            statement.execute("create table bench_copy (like telemetry_sample including defaults including constraints"
                    + " including indexes)");
        }
        org.postgresql.copy.CopyManager copy = db.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
        StringBuilder chunk = new StringBuilder();
        long start = System.nanoTime();
        int batch = 10_000;
        java.time.Instant base = java.time.Instant.parse("2026-01-01T00:00:00Z");
        for (int row = 0; row < COPY_ROWS; row += batch) {
            // one COPY per 10,000 rows (a batch of scans): 10,000 tags, one second apart per batch
            String at = base.plusSeconds(row / batch).toString();
            chunk.setLength(0);
            for (int i = 0; i < batch; i++) {
                chunk.append(i).append('\t').append(at).append('\t').append(at).append('\t').append(row + i)
                        .append("\tGOOD\t\\N\n");
            }
            copy.copyIn("copy bench_copy (tag_id, sampled_at, source_at, value, quality, reason) from stdin",
                    new java.io.StringReader(chunk.toString()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Statement statement = db.createStatement()) {
            statement.execute("drop table bench_copy");
        }
        report.line(String.format(Locale.ROOT, "COPY ceiling: %,d rows (10,000 per COPY, primary key and one index) in %.1f s ="
                + " %,.0f rows/s; load average %s", COPY_ROWS, seconds, COPY_ROWS / seconds, BenchReport.loadAverage()));
    }

    private void endToEnd(Connection db, LineSimulator simulator, Run run) throws Exception {
        awaitQuiet(db);
        String prefix = createPlcs(db, simulator, run);
        try (LibertyJvm jvm = LibertyJvm.connect()) {
            awaitPolling(db, prefix, run);
            Thread.sleep(5_000); // let the pipeline settle into its steady state
            Path profile = JFR_DIRECTORY.isEmpty() ? null
                    : Path.of(JFR_DIRECTORY).toAbsolutePath().resolve("telemetry-" + run.plcs() + "x" + run.tags() + "@"
                    + run.periodMillis() + ".jfr");
            if (profile != null) {
                Files.createDirectories(profile.getParent());
                jvm.startProfile("telemetry-bench");
            }
            long cpu0 = jvm.processCpuNanos();
            long benchCpu0 = benchCpuNanos();
            long databaseCpu0 = DatabaseCpu.nanos(db);
            long[] machine0 = machineTicks();
            long gc0 = jvm.gcMillis();
            long start = System.currentTimeMillis();
            long maxHeap = 0;
            long sumHeap = 0;
            for (int second = 0; second < SECONDS; second++) {
                Thread.sleep(1_000);
                long heap = jvm.heapUsed();
                maxHeap = Math.max(maxHeap, heap);
                sumHeap += heap;
            }
            long end = System.currentTimeMillis();
            long cpu1 = jvm.processCpuNanos();
            long benchCpu1 = benchCpuNanos();
            long databaseCpu1 = DatabaseCpu.nanos(db);
            long[] machine1 = machineTicks();
            long gc1 = jvm.gcMillis();
            String load = BenchReport.loadAverage();
            if (profile != null) {
                jvm.stopProfile("telemetry-bench", profile);
            }
            disablePlcs(db, prefix);
            awaitQuiet(db); // what was sampled in the window and is still in flight gets stored
            double window = (end - start) / 1000.0;
            long storedInWindow = count(db, "select count(*) from telemetry_sample where tag_id in (" + tagIds(prefix)
                    + ") and stored_at >= to_timestamp(" + start / 1000.0 + ") and stored_at < to_timestamp(" + end / 1000.0 + ")");
            long sampledInWindow = count(db, "select count(*) from telemetry_sample where tag_id in (" + tagIds(prefix)
                    + ") and sampled_at >= to_timestamp(" + start / 1000.0 + ") and sampled_at < to_timestamp(" + end / 1000.0 + ")");
            double[] lag = lagPercentiles(db, prefix, start, end);
            report.line(String.format(Locale.ROOT, "End to end, %s: %,.0f samples/s stored (%,.0f sampled in the window, %.0f %% of"
                            + " what was offered); lag sampled -> stored p50 %.0f ms, p99 %.0f ms, max %.0f ms; Liberty CPU %.0f %% of"
                            + " one core, machine %.0f %% of all cores busy; heap used avg %d MiB, max %d MiB; GC %d ms;"
                            + " scans missed (overruns) %d; load average at end %s; CPU per stored sample: Liberty %.1f µs,"
                            + " simulator (the test JVM) %.1f µs, PostgreSQL %.1f µs%s",
                    run, storedInWindow / window, sampledInWindow / window,
                    100.0 * sampledInWindow / window / run.offeredPerSecond(), lag[0], lag[1], lag[2],
                    (cpu1 - cpu0) / 1e7 / window, busyPercent(machine0, machine1), sumHeap / SECONDS >> 20, maxHeap >> 20,
                    gc1 - gc0, overruns(db, prefix), load, perSample(cpu1 - cpu0, storedInWindow),
                    perSample(benchCpu1 - benchCpu0, storedInWindow), perSample(databaseCpu1 - databaseCpu0, storedInWindow),
                    profile == null ? "" : "; profile " + profile));
        }
    }

    private static double perSample(long cpuNanos, long samples) {
        return cpuNanos / 1e3 / Math.max(1, samples);
    }

    /** CPU time of this JVM: the line simulator, and the benchmark's own few queries. */
    private static long benchCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private void ingestAlone(Connection db, LineSimulator simulator, Run run) throws Exception {
        awaitQuiet(db);
        try (LibertyJvm jvm = LibertyJvm.connect()) {
            jvm.pauseIngest(MDB_TARGET);
            String prefix = createPlcs(db, simulator, run);
            try {
                awaitPolling(db, prefix, run);
                Thread.sleep(INGEST_SECONDS * 1000L);
                disablePlcs(db, prefix);
                Thread.sleep(6_000); // the connector notices the disabled PLCs within its refresh period
            } finally {
                jvm.resumeIngest(MDB_TARGET);
            }
            long cpu0 = jvm.processCpuNanos();
            long resumed = System.currentTimeMillis();
            awaitQuiet(db);
            long stored = count(db, "select count(*) from telemetry_sample where tag_id in (" + tagIds(prefix) + ")");
            long cpu1 = jvm.processCpuNanos();
            double seconds;
            try (Statement statement = db.createStatement();
                 ResultSet rows = statement.executeQuery("select extract(epoch from max(stored_at)) * 1000"
                         + " from telemetry_sample where tag_id in (" + tagIds(prefix) + ")")) {
                rows.next();
                seconds = (rows.getDouble(1) - resumed) / 1000.0;
            }
            report.line(String.format(Locale.ROOT, "Ingest alone (MDB paused while %s ran for %d s, then resumed): %,d samples"
                            + " drained in %.1f s = %,.0f samples/s; Liberty CPU %.0f %% of one core over the drain; load average %s",
                    run, INGEST_SECONDS, stored, seconds, stored / seconds, (cpu1 - cpu0) / 1e7 / (seconds + 3), BenchReport.loadAverage()));
        }
    }

    private void edgeLatency(Connection db) throws Exception {
        awaitQuiet(db);
        LineSimulator line = TestEnvironment.simulator();
        long casePacker = count(db, "select id from plant_node where code = 'P1-CASEPACKER'");
        List<Double> latencies = new ArrayList<>();
        int bit = 40;
        for (int round = 0; round <= EDGES; round++) {
            for (String kind : new String[] {"FAULT_RAISED", "FAULT_CLEARED"}) {
                long before = count(db, "select count(*) from telemetry_edge_event where equipment_id = " + casePacker
                        + " and bit = " + bit + " and kind = '" + kind + "'");
                long start = System.nanoTime();
                if ("FAULT_RAISED".equals(kind)) {
                    line.raiseBaggerFault(bit);
                } else {
                    line.clearBaggerFault(bit);
                }
                long deadline = start + Duration.ofSeconds(10).toNanos();
                while (count(db, "select count(*) from telemetry_edge_event where equipment_id = " + casePacker
                        + " and bit = " + bit + " and kind = '" + kind + "'") == before) {
                    assertTrue(System.nanoTime() < deadline, "no " + kind + " event within 10 s");
                    Thread.sleep(2);
                }
                if (round > 0) { // the first round warms up
                    latencies.add((System.nanoTime() - start) / 1e6);
                }
                Thread.sleep(300); // at least one scan in the new state
            }
        }
        Collections.sort(latencies);
        report.line(String.format(Locale.ROOT, "Value change in the simulator -> edge event row visible (demo line, FAULT_WORD in"
                        + " scan class fast = 250 ms, %d changes): p50 %.0f ms, p99 %.0f ms, max %.0f ms; load average %s",
                latencies.size(), BenchReport.percentile(latencies, 0.5), BenchReport.percentile(latencies, 0.99),
                latencies.get(latencies.size() - 1), BenchReport.loadAverage()));
    }

    private String createPlcs(Connection db, LineSimulator simulator, Run run) throws SQLException {
        String prefix = "BENCH" + (++runNumber) + "-" + PlantApi.suffix();
        db.setAutoCommit(false);
        try (PreparedStatement plcs = db.prepareStatement("insert into telemetry_plc_connection (code, name,"
                + " connection_string, scan_classes, request_timeout_ms, created_at, created_by, updated_at, updated_by,"
                + " version) select ? || '-' || n, 'bench', ?, ?, 2000, now(), 'bench', now(), 'bench', 0"
                + " from generate_series(1, ?) n");
             PreparedStatement tags = db.prepareStatement("insert into telemetry_tag (plc_connection_id, name, address,"
                     + " data_type, scan_class, created_at, created_by, updated_at, updated_by, version)"
                     + " select c.id, 'b' || i, 'holding-register:' || (? + i) || ':UINT', 'INT', 'bench', now(), 'bench',"
                     + " now(), 'bench', 0 from telemetry_plc_connection c cross join generate_series(0, ? - 1) i"
                     + " where c.code like ? || '-%'")) {
            plcs.setString(1, prefix);
            plcs.setString(2, "modbus-tcp://127.0.0.1:" + simulator.port());
            plcs.setString(3, "bench=" + run.periodMillis());
            plcs.setInt(4, run.plcs());
            plcs.executeUpdate();
            tags.setInt(1, RegisterMap.BENCH + 1); // PLC4X numbers registers from 1
            tags.setInt(2, Math.min(run.tags(), RegisterMap.BENCH_REGISTERS));
            tags.setString(3, prefix);
            tags.executeUpdate();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        return prefix;
    }

    private static void awaitPolling(Connection db, String prefix, Run run) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count(db, "select count(*) from telemetry_plc_status where plc_code like '" + prefix
                + "-%' and connected") < run.plcs()) {
            assertTrue(System.nanoTime() < deadline, "the bench PLCs did not all connect within 60 s");
            Thread.sleep(500);
        }
    }

    /**
     * Waits until the ingest has stored everything queued, so that a part does not measure the backlog of the one
     * before: the demo line's bagger heartbeat changes with every tick and its scans queue behind everything else,
     * so the queue is drained once its newest stored sample is at most 3 s old.
     */
    private static void awaitQuiet(Connection db) throws Exception {
        String age = "select coalesce(extract(epoch from now() - max(s.sampled_at)) * 1000, 1e9)::bigint"
                + " from telemetry_sample s join telemetry_tag t on t.id = s.tag_id"
                + " join telemetry_plc_connection c on c.id = t.plc_connection_id"
                + " where c.code = 'LINE-P1-PLC' and t.name = 'bagger.heartbeat'";
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (count(db, age) > 3_000) {
            assertTrue(System.nanoTime() < deadline, "the ingest did not catch up within 10 minutes");
            Thread.sleep(500);
        }
    }

    private static void disablePlcs(Connection db, String prefix) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("update telemetry_plc_connection set enabled = false where code like '" + prefix + "-%'");
        }
    }

    private static String tagIds(String prefix) {
        return "select t.id from telemetry_tag t join telemetry_plc_connection c on c.id = t.plc_connection_id"
                + " where c.code like '" + prefix + "-%'";
    }

    private static double[] lagPercentiles(Connection db, String prefix, long start, long end) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select percentile_cont(0.5) within group (order by lag),"
                     + " percentile_cont(0.99) within group (order by lag), max(lag) from (select extract(epoch from"
                     + " stored_at - sampled_at) * 1000 as lag from telemetry_sample where tag_id in (" + tagIds(prefix)
                     + ") and sampled_at >= to_timestamp(" + start / 1000.0 + ") and sampled_at < to_timestamp("
                     + end / 1000.0 + ")) l")) {
            rows.next();
            return new double[] {rows.getDouble(1), rows.getDouble(2), rows.getDouble(3)};
        }
    }

    private static long overruns(Connection db, String prefix) throws SQLException {
        return count(db, "select coalesce(sum(overruns), 0) from telemetry_plc_status where plc_code like '" + prefix + "-%'");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Busy and total jiffies of all cores, from /proc/stat. */
    private static long[] machineTicks() throws IOException {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new long[] {total - idle, total};
    }

    private static double busyPercent(long[] before, long[] after) {
        return 100.0 * (after[0] - before[0]) / Math.max(1, after[1] - before[1]);
    }
}
