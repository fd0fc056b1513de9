package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openmes.devserver.EmbeddedDatabase;

/**
 * PostgreSQL goes away for a minute while the demo line runs. The connector keeps polling and publishing, the
 * ingest MDB cannot store anything, and the messaging engine must keep every scan until the database is back.
 * <p>
 * The witness is the bagger's heartbeat register: the simulator advances it every 100 ms, so each scan of its
 * scan class ({@code normal}, 1 s, DemoTelemetryLoader) stores a new value, and report by exception never hides a
 * scan. A lost scan is a hole of two periods between consecutive samples; a scan stored twice would repeat a value
 * (the primary key (tag, sampled_at) already refuses the same timestamp twice).
 */
class TelemetryOutageIT extends MesIntegrationTest {
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final Duration CATCH_UP_PATIENCE = Duration.ofSeconds(60);
    /** The heartbeat's scan period is 1 s; half a period of timer jitter is allowed, a missing scan makes 2 s. */
    private static final Duration LARGEST_STEP = Duration.ofMillis(1_500);
    private static final String HEARTBEATS = "select s.sampled_at, s.value from telemetry_sample s"
            + " join telemetry_tag t on t.id = s.tag_id where t.name = 'bagger.heartbeat' and s.quality = 'GOOD'"
            + " and s.sampled_at between ? and ? order by s.sampled_at";

    @Test
    void everyScanMadeWhileTheDatabaseIsDownIsStoredExactlyOnceAfterItComesBack() throws Exception {
        EmbeddedDatabase database = TestEnvironment.database();
        Instant before = Instant.now();
        assertTrue(eventually(Duration.ofSeconds(60), () -> heartbeats(before, Instant.now()).size() >= 3),
                "heartbeat samples flowing before the outage");
        // the window starts at a stored sample, so a hole at its start would show
        List<Heartbeat> flowing = heartbeats(before, Instant.now());
        Instant windowStart = flowing.get(flowing.size() - 1).at();
        Instant stopped = Instant.now();
        database.stop();
        try {
            Thread.sleep(OUTAGE.toMillis());
        } finally {
            database.restart();
        }
        Instant restarted = Instant.now();
        boolean caughtUp = eventually(CATCH_UP_PATIENCE, () -> covers(heartbeats(windowStart, restarted), windowStart, restarted));
        Duration catchUp = Duration.between(restarted, Instant.now());
        List<Heartbeat> outage = heartbeats(windowStart, restarted);
        assertTrue(caughtUp, "the outage's scans not all stored " + CATCH_UP_PATIENCE.toSeconds() + " s after the restart: "
                + outage.size() + " samples " + windowStart + " … " + restarted + ", holes " + holes(outage));
        System.out.println("TelemetryOutageIT: ingest caught up " + catchUp.toMillis() + " ms after PostgreSQL restarted"
                + " from a " + OUTAGE.toSeconds() + " s outage");
        // a few scans after the restart, too: the first messages after the outage were the blocked ones
        Instant windowEnd = restarted.plusSeconds(5);
        assertTrue(eventually(Duration.ofSeconds(30), () -> covers(heartbeats(windowStart, windowEnd), windowStart, windowEnd)),
                "the scans after the restart stored: holes " + holes(heartbeats(windowStart, windowEnd)));

        List<Heartbeat> stored = heartbeats(windowStart, windowEnd);
        long duringOutage = stored.stream().filter(beat -> beat.at().isAfter(stopped) && beat.at().isBefore(restarted)).count();
        assertTrue(duringOutage >= OUTAGE.toSeconds() - 2, "scans stored from the outage: " + duringOutage);
        assertEquals(List.of(), holes(stored), "no scan lost");
        Set<Long> values = new HashSet<>();
        List<Heartbeat> repeated = stored.stream().filter(beat -> !values.add(beat.value())).toList();
        assertEquals(List.of(), repeated, "no scan stored twice");
        assertTrue(eventually(Duration.ofSeconds(30), () -> {
            Http.Response status = Http.get("api/telemetry/status");
            return status.status() == 200 && status.json().getInt("journalDepth") == 0;
        }), "the connector's journal empty and the application reading the database again");
    }

    private record Heartbeat(Instant at, long value) {
    }

    /** Whether the samples reach from {@code from} to {@code to} without a hole (the outage's scans are all in). */
    private static boolean covers(List<Heartbeat> beats, Instant from, Instant to) {
        return !beats.isEmpty() && holes(beats).isEmpty()
                && Duration.between(from, beats.get(0).at()).compareTo(LARGEST_STEP) <= 0
                && Duration.between(beats.get(beats.size() - 1).at(), to).compareTo(LARGEST_STEP) <= 0;
    }

    /** Consecutive samples further apart than one scan period (plus jitter): a scan is missing between them. */
    private static List<String> holes(List<Heartbeat> beats) {
        List<String> holes = new ArrayList<>();
        for (int i = 1; i < beats.size(); i++) {
            if (Duration.between(beats.get(i - 1).at(), beats.get(i).at()).compareTo(LARGEST_STEP) > 0) {
                holes.add(beats.get(i - 1).at() + " → " + beats.get(i).at());
            }
        }
        return holes;
    }

    private static List<Heartbeat> heartbeats(Instant from, Instant to) {
        Properties user = new Properties();
        user.setProperty("user", EmbeddedDatabase.USER);
        try (Connection connection = DriverManager.getConnection(System.getProperty(TestEnvironment.DB_URL), user);
             PreparedStatement statement = connection.prepareStatement(HEARTBEATS)) {
            statement.setTimestamp(1, Timestamp.from(from));
            statement.setTimestamp(2, Timestamp.from(to));
            List<Heartbeat> beats = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    beats.add(new Heartbeat(rows.getTimestamp(1).toInstant(), rows.getLong(2)));
                }
            }
            return beats;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the heartbeat samples", e);
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Whether {@code condition} comes true within {@code patience}. */
    private static boolean eventually(Duration patience, Condition condition) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return true;
            }
            Thread.sleep(500);
        }
        return condition.holds();
    }
}
