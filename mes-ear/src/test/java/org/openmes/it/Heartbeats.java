package org.openmes.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo bagger's heartbeat as stored: the witness of the tests that take something away from the telemetry
 * pipeline (the database, the server) and check that no scan was lost or stored twice. The simulator advances the
 * heartbeat register every 100 ms, so each scan of its scan class ({@code normal}, 1 s, DemoTelemetryLoader) stores a
 * new value and report by exception never hides a scan. A lost scan is a hole of two periods between consecutive
 * samples; a scan stored twice would repeat a value (the primary key (tag, sampled_at) already refuses the same
 * timestamp twice).
 */
final class Heartbeats {
    /** The heartbeat's scan period is 1 s; half a period of timer jitter is allowed, a missing scan makes 2 s. */
    static final Duration LARGEST_STEP = Duration.ofMillis(1_500);
    private static final String HEARTBEATS = "select s.sampled_at, s.value from telemetry_sample s"
            + " join telemetry_tag t on t.id = s.tag_id where t.name = 'bagger.heartbeat' and s.quality = 'GOOD'"
            + " and s.sampled_at between ? and ? order by s.sampled_at";

    private Heartbeats() {
    }

    /** One stored heartbeat sample. */
    record Beat(Instant at, long value) {
    }

    /** The GOOD heartbeat samples stored for {@code from} … {@code to} (both included), oldest first. */
    static List<Beat> stored(Instant from, Instant to) {
        try (Connection connection = TestEnvironment.connectToDatabase();
             PreparedStatement statement = connection.prepareStatement(HEARTBEATS)) {
            statement.setTimestamp(1, Timestamp.from(from));
            statement.setTimestamp(2, Timestamp.from(to));
            List<Beat> beats = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    beats.add(new Beat(rows.getTimestamp(1).toInstant(), rows.getLong(2)));
                }
            }
            return beats;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the heartbeat samples", e);
        }
    }

    /** Whether the samples reach from {@code from} to {@code to} without a hole. */
    static boolean cover(List<Beat> beats, Instant from, Instant to) {
        return !beats.isEmpty() && holes(beats).isEmpty()
                && Duration.between(from, beats.get(0).at()).compareTo(LARGEST_STEP) <= 0
                && Duration.between(beats.get(beats.size() - 1).at(), to).compareTo(LARGEST_STEP) <= 0;
    }

    /** Consecutive samples further apart than one scan period (plus jitter): a scan is missing between them. */
    static List<String> holes(List<Beat> beats) {
        List<String> holes = new ArrayList<>();
        for (int i = 1; i < beats.size(); i++) {
            if (Duration.between(beats.get(i - 1).at(), beats.get(i).at()).compareTo(LARGEST_STEP) > 0) {
                holes.add(beats.get(i - 1).at() + " → " + beats.get(i).at());
            }
        }
        return holes;
    }

    /** The samples whose value an earlier sample had already: a scan stored twice. */
    static List<Beat> repeated(List<Beat> beats) {
        Set<Long> values = new HashSet<>();
        return beats.stream().filter(beat -> !values.add(beat.value())).toList();
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    /** Whether {@code condition} comes true within {@code patience}. */
    static boolean eventually(Duration patience, Condition condition) throws Exception {
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
