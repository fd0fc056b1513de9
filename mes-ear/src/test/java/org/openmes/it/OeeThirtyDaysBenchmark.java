package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openmes.oee.model.RecordSpans;
import org.openmes.oee.service.OeeCalculator;
import org.openmes.shift.model.Interval;
import org.openmes.shift.model.PlannedTime;
import org.openmes.shift.model.ShiftDefinition;
import org.openmes.shift.model.TimeModel;

/**
 * Not a test: the figures of bench/oee-30-days.sh, measured on the test servers. Generates a line of
 * {@code bench.machines} machines (4) with {@code bench.days} days (30) of 1-second data in the test database with
 * bench/oee-30-days.sql (the file psql can run too), then times {@code GET /api/oee/lines/{id}} over HTTP with a
 * production manager's bearer token, {@code bench.runs} times (20) after {@value #WARM_UP} warm-up calls: for the
 * generated window, and for a window of the same length ending at the moment of the call (so the service also
 * recomputes the last 2 minutes of each machine first, as for a running shift); each series with the CPU time Liberty and
 * PostgreSQL spent per call (less their use without calls: the demo line's telemetry keeps running), which load on a
 * shared machine does not change. For comparison, the parts alone, from
 * this JVM: the service's read of the records ({@code oee_sums} over the window's planned busy time, computed here with
 * the server's own time model and span split), that recomputation ({@code oee_rollup} of the last 2 minutes of each
 * machine) and the time model itself; and the OEE of one machine over the window ({@code GET /api/oee/equipment/{id}}).
 * With {@code bench.jfr} (a directory) a JFR profile of Liberty over 10 × {@code bench.runs} more calls of the line goes
 * there. Run only by name (-Dit.test=OeeThirtyDaysBenchmark); failsafe's default pattern (*IT) leaves it out of ./mvnw verify.
 * Writes target/bench/oee-30-days.txt.
 */
class OeeThirtyDaysBenchmark extends MesIntegrationTest {
    private static final int MACHINES = Integer.getInteger("bench.machines", 4);
    private static final int DAYS = Integer.getInteger("bench.days", 30);
    private static final int RUNS = Integer.getInteger("bench.runs", 20);
    private static final int WARM_UP = 5;
    /** How long the CPU baseline is taken without calls, before each timed series. */
    private static final long IDLE_MILLIS = 5_000;
    /** A directory: a JFR profile of Liberty over more calls of the line goes there. */
    private static final String JFR_DIRECTORY = System.getProperty("bench.jfr", "");
    /** A role that sees OEE (oee.view) and would ask for a month of it. */
    private static final String CALLER = "production-manager";
    /** Failsafe runs in mes-ear; the script lives with the other benches. */
    private static final Path SCRIPT = Path.of("..", "bench", "oee-30-days.sql");
    /** psql's variables: :'name' a quoted literal, :name the value as it is. */
    private static final Pattern VARIABLE = Pattern.compile(":'([a-z_]+)'|:([a-z_]+)");
    /** The minutes the service recomputes before reading when a window ends within them (OeeCalculator). */
    private static final int FRESH_MINUTES = 2;

    private final BenchReport report = new BenchReport();

    @Test
    void measureOeeOfALineOverThirtyDays() throws Exception {
        report.line("OEE over " + DAYS + " days, " + MACHINES + " machines, " + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, load average at start " + BenchReport.loadAverage());
        // minutes, not the running minute: the server's minute timer keeps refreshing the last few of every machine
        Instant to = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        Instant from = to.minus(DAYS, ChronoUnit.DAYS);
        String run = "OEEBENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        try (Connection db = TestEnvironment.connectToDatabase()) {
            generate(db, Map.of("run", run, "machines", String.valueOf(MACHINES), "from", from.toString(), "to", to.toString()));
            long lineId = ids(db, "select id from plant_node where code = ? and level = 'PRODUCTION_LINE'", run).get(0);
            List<Long> machines = ids(db, "select e.id from plant_node e join plant_node l on l.id = e.parent_id"
                    + " where l.code = ? and l.level = 'PRODUCTION_LINE' order by e.id", run);
            report.line(counts(db, lineId));

            String window = "?from=" + from + "&to=" + to;
            String linePath = "api/oee/lines/" + lineId + window;
            Http.Response first = get(linePath);
            JsonObject answer = first.json();
            JsonObject figures = answer.getJsonObject("figures");
            report.line(String.format(Locale.ROOT, "GET /api/oee/lines/%d for [%s, %s): OEE %.4f, availability %.4f, performance %.4f,"
                            + " quality %.4f, PBT %d s; %d machines; %,d bytes of JSON", lineId, from, to, figures.getJsonNumber("oee").doubleValue(),
                    figures.getJsonNumber("availability").doubleValue(), figures.getJsonNumber("effectiveness").doubleValue(),
                    figures.getJsonNumber("qualityRatio").doubleValue(), answer.getJsonNumber("pbtSeconds").longValue(),
                    answer.getJsonArray("equipment").size(), first.body().length()));
            assertEquals(MACHINES, answer.getJsonArray("equipment").size());
            assertTrue(figures.getJsonNumber("oee").doubleValue() > 0, "the generated line produced: " + figures);

            report.line(String.format(Locale.ROOT, "%d runs after %d warm-up calls, ms; CPU per call of Liberty and PostgreSQL, less what"
                    + " they use meanwhile without calls (the demo line's telemetry):", RUNS, WARM_UP));
            try (LibertyJvm liberty = LibertyJvm.connect()) {
                Cpu cpu = new Cpu(liberty, db);
                reportWithCpu("GET /api/oee/lines/{id}, the generated " + DAYS + " days (HTTP, bearer token)", cpu, () -> get(linePath));
                reportWithCpu("GET /api/oee/lines/{id}, " + DAYS + " days up to the call (+ recomputing the last 2 minutes)", cpu, () -> {
                    Instant now = Instant.now();
                    get("api/oee/lines/" + lineId + "?from=" + now.minus(DAYS, ChronoUnit.DAYS) + "&to=" + now);
                });
                reportWithCpu("GET /api/oee/equipment/{id}, one machine, the generated " + DAYS + " days", cpu,
                        () -> get("api/oee/equipment/" + machines.get(0) + window));
                if (!JFR_DIRECTORY.isEmpty()) {
                    Path profile = Path.of(JFR_DIRECTORY).toAbsolutePath().resolve("oee-" + DAYS + "-days.jfr");
                    Files.createDirectories(profile.getParent());
                    liberty.startProfile("oee-bench");
                    for (int i = 0; i < 10 * RUNS; i++) {
                        get(linePath);
                    }
                    liberty.stopProfile("oee-bench", profile);
                    report.line("JFR profile of Liberty over " + 10 * RUNS + " more calls of the line: " + profile);
                }
            }

            Interval asked = new Interval(from, to);
            TimeModel model = timeModel(db, lineId);
            PlannedTime planned = model.plannedTime(asked);
            // the comparison holds only if this is what the server computed (no calendar entries, the plant in UTC)
            assertEquals(answer.getJsonNumber("pbtSeconds").longValue(), planned.pbt().toSeconds(), "PBT of the bench's time model");
            RecordSpans spans = RecordSpans.of(planned.busy().intervals());
            String ids = machines.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
            try (PreparedStatement sums = db.prepareStatement(OeeCalculator.SUMS)) {
                sums.setString(1, ids);
                sums.setString(2, spans.hours());
                sums.setString(3, spans.minutes());
                report("  the service's read alone: oee_sums over the planned busy time (JDBC)", time(() -> {
                    try (ResultSet rows = sums.executeQuery()) {
                        int count = 0;
                        while (rows.next()) {
                            count++;
                        }
                        assertEquals(MACHINES, count);
                    }
                }));
            }
            try (PreparedStatement rollup = db.prepareStatement("select oee_rollup(?, ?, ?, interval '10 seconds')")) {
                report("  recomputing the last 2 minutes of every machine alone: oee_rollup (JDBC)", time(() -> {
                    Instant now = Instant.now();
                    for (long machine : machines) {
                        rollup.setLong(1, machine);
                        rollup.setTimestamp(2, Timestamp.from(now.minus(FRESH_MINUTES, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES)));
                        rollup.setTimestamp(3, Timestamp.from(now));
                        rollup.executeQuery().close();
                    }
                }));
            }
            report("  the time model alone: POT and PBT of " + planned.shifts().size() + " shifts (in this JVM)",
                    time(() -> model.plannedTime(asked)));
            report.line("load average at end " + BenchReport.loadAverage());
        } finally {
            report.writeTo("oee-30-days.txt");
        }
    }

    /** Runs bench/oee-30-days.sql with {@code variables}, one statement at a time, reporting each one's time. */
    private void generate(Connection db, Map<String, String> variables) throws IOException, SQLException {
        report.line("generating with " + SCRIPT + " " + variables);
        StringBuilder script = new StringBuilder();
        for (String text : Files.readAllLines(SCRIPT)) {
            if (!text.stripLeading().startsWith("--")) {
                script.append(text).append('\n');
            }
        }
        Map<String, Long> took = new LinkedHashMap<>();
        try (Statement sql = db.createStatement()) {
            for (String statement : script.toString().split(";\\s*\\n")) {
                if (statement.isBlank()) {
                    continue;
                }
                String resolved = substitute(statement.strip(), variables);
                long start = System.nanoTime();
                sql.execute(resolved);
                took.put(resolved.lines().findFirst().orElseThrow(), (System.nanoTime() - start) / 1_000_000);
            }
        }
        took.forEach((statement, millis) -> report.line(String.format(Locale.ROOT, "  %,9d ms  %s", millis, statement)));
        report.line(String.format(Locale.ROOT, "generated in %.1f s", took.values().stream().mapToLong(Long::longValue).sum() / 1000.0));
    }

    /** What psql does with -v: :'name' becomes a quoted literal, :name the value itself. */
    private static String substitute(String statement, Map<String, String> variables) {
        Matcher variable = VARIABLE.matcher(statement);
        StringBuilder resolved = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1) != null ? variable.group(1) : variable.group(2);
            String value = variables.get(name);
            if (value == null) {
                throw new IllegalStateException(SCRIPT + " uses :" + name + ", which the bench does not set");
            }
            String text = variable.group(1) != null ? "'" + value.replace("'", "''") + "'" : value;
            variable.appendReplacement(resolved, Matcher.quoteReplacement(text));
        }
        return variable.appendTail(resolved).toString();
    }

    /**
     * The line's shifts as the server's time model sees them (TimeModels), each with the one break the script gives it;
     * without calendar entries (the script makes none, and the PBT check fails if the plant had any).
     */
    private static TimeModel timeModel(Connection db, long lineId) throws SQLException {
        List<ShiftDefinition> shifts = new ArrayList<>();
        try (PreparedStatement patterns = db.prepareStatement("select p.id, p.code, p.start_time, p.duration_minutes, p.weekdays,"
                + " p.valid_from, p.valid_to, b.name, b.offset_minutes, b.duration_minutes from shift_pattern p"
                + " join shift_break b on b.pattern_id = p.id where p.line_id = ? order by p.id")) {
            patterns.setLong(1, lineId);
            try (ResultSet rows = patterns.executeQuery()) {
                while (rows.next()) {
                    Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
                    rows.getString(5).chars().forEach(day -> weekdays.add(DayOfWeek.of(day - '0')));
                    LocalDate validTo = rows.getObject(7, LocalDate.class);
                    shifts.add(new ShiftDefinition(rows.getLong(1), rows.getString(2), rows.getTime(3).toLocalTime(), rows.getInt(4),
                            weekdays, rows.getObject(6, LocalDate.class), validTo,
                            List.of(new ShiftDefinition.BreakDefinition(rows.getString(8), rows.getInt(9), rows.getInt(10)))));
                }
            }
        }
        return new TimeModel(ZoneOffset.UTC, shifts, List.of());
    }

    private static String counts(Connection db, long lineId) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("select (select count(*) from telemetry_edge_event e join plant_node n"
                + " on n.id = e.equipment_id where n.parent_id = ?), (select count(*) from oee_minute m join plant_node n"
                + " on n.id = m.equipment_id where n.parent_id = ?), (select count(*) from oee_hour h join plant_node n"
                + " on n.id = h.equipment_id where n.parent_id = ?)")) {
            count.setLong(1, lineId);
            count.setLong(2, lineId);
            count.setLong(3, lineId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return String.format(Locale.ROOT, "line %d: %,d edge events, %,d minute and %,d hour records", lineId,
                        row.getLong(1), row.getLong(2), row.getLong(3));
            }
        }
    }

    private static List<Long> ids(Connection db, String query, String code) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(query)) {
            select.setString(1, code);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        assertTrue(!ids.isEmpty(), "the script created " + code);
        return ids;
    }

    private static Http.Response get(String path) {
        Http.Response response = Http.send(Http.requestAs(CALLER, path).GET());
        assertEquals(200, response.status(), path + ": " + response.body());
        return response;
    }

    /**
     * Times {@code call} as {@link #time} does and reports it with the CPU time Liberty and PostgreSQL spent per call,
     * less what they spend in the same time without calls.
     */
    private void reportWithCpu(String name, Cpu cpu, Call call) throws Exception {
        long[] idle = cpu.over(() -> Thread.sleep(IDLE_MILLIS));
        long start = System.nanoTime();
        long[] used = new long[2];
        List<Double> millis = new ArrayList<>();
        long[] spent = cpu.over(() -> millis.addAll(time(call)));
        double elapsed = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < 2; i++) {
            used[i] = spent[i] - (long) (idle[i] * (elapsed / IDLE_MILLIS));
        }
        report.line(String.format(Locale.ROOT, "%-100s p50 %6.1f  p95 %6.1f  max %6.1f  CPU/call: Liberty %5.1f, PostgreSQL %5.1f", name,
                BenchReport.percentile(millis, 0.5), BenchReport.percentile(millis, 0.95), millis.get(millis.size() - 1),
                used[0] / 1e6 / (RUNS + WARM_UP), used[1] / 1e6 / (RUNS + WARM_UP)));
    }

    /** CPU time of Liberty and of PostgreSQL. */
    private record Cpu(LibertyJvm liberty, Connection db) {
        /** Nanoseconds each spent while {@code call} ran. */
        long[] over(Call call) throws Exception {
            long liberty0 = liberty.processCpuNanos();
            long database0 = DatabaseCpu.nanos(db);
            call.run();
            return new long[] {liberty.processCpuNanos() - liberty0, DatabaseCpu.nanos(db) - database0};
        }
    }

    /** Something to time that may throw. */
    private interface Call {
        void run() throws Exception;
    }

    /** {@value #WARM_UP} calls, then {@link #RUNS} timed ones; ms, sorted. */
    private static List<Double> time(Call call) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    private void report(String name, List<Double> sorted) {
        report.line(String.format(Locale.ROOT, "%-100s p50 %6.1f  p95 %6.1f  max %6.1f", name, BenchReport.percentile(sorted, 0.5),
                BenchReport.percentile(sorted, 0.95), sorted.get(sorted.size() - 1)));
    }
}
