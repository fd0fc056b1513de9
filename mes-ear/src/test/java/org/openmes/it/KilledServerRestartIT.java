package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.AndonApi.historyKinds;
import static org.openmes.it.AndonApi.level;
import static org.openmes.it.AndonApi.raise;
import static org.openmes.it.AndonApi.rules;
import static org.openmes.it.Heartbeats.eventually;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openmes.it.Heartbeats.Beat;

/**
 * The server's JVM is killed ({@code kill -9}) in the middle of a run and started again on the same server directory,
 * database, messaging store, connector journal and line simulator; nothing it had acknowledged is lost, and a
 * persistent escalation timer that was pending fires once after the restart.
 * <p>
 * Runs in its own failsafe execution (mes-ear/pom.xml, {@code restart-its}) on a server of its own, started with
 * Liberty's {@code bin/server} script: the server the other ITs share under Arquillian is never restarted. One kill
 * serves both tests, to keep the build short: {@link #killTheServerMidRunAndStartItAgain} prepares what each test
 * checks, kills, and restarts.
 * <p>
 * <b>What "acknowledged" means for telemetry.</b> A PLC is polled, it never waits for an acknowledgement; the MES
 * acknowledges a scan to itself when the connector's publisher has handed it over durably: the messaging engine's
 * persistent send returned (the message is in the engine's file store) or, if the engine refused, the journal's
 * synced append returned. From then on only the ingest may take it off the queue, after its rows committed. Scans
 * still in the publisher's memory at the kill were not acknowledged and are lost by design (the PLC is read again
 * after the restart). The publisher hands a scan over as soon as the poller queued it, so a scan read
 * {@link #ACKNOWLEDGED_AFTER} before the kill was acknowledged: from the last heartbeat stored before the test to that
 * point, every scan must be stored, without a hole and without a repeat ({@link Heartbeats}). To make the test about
 * the engine's store and not about an ingest that happened to be fast, the ingest MDB is paused for the last
 * {@link #BACKLOG} before the kill: those scans are on the queue, in the file store only, when the JVM dies.
 */
class KilledServerRestartIT {
    /** How long the connector keeps publishing into a paused ingest before the kill. */
    private static final Duration BACKLOG = Duration.ofSeconds(8);
    /** A scan read this long before the kill had been handed to the engine (it takes milliseconds). */
    private static final Duration ACKNOWLEDGED_AFTER = Duration.ofSeconds(1);
    /** Level 1's acknowledge timeout: long enough for the kill to come first, short enough to be overdue at the restart. */
    private static final int ACKNOWLEDGE_SECONDS = 20;
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String GOOD_COUNTS = "select s.sampled_at, s.value from telemetry_sample s join telemetry_tag t"
            + " on t.id = s.tag_id where t.name = 'bagger.good' and s.quality = 'GOOD' and s.sampled_at between ? and ?"
            + " order by s.sampled_at";
    private static final String COUNT_EVENTS = "select coalesce(sum(increment), 0), count(*) from telemetry_edge_event"
            + " where equipment_id = ? and signal = 'GOOD_COUNT' and kind = 'COUNT' and occurred_at > ? and occurred_at <= ?";

    private static Instant windowStart;
    private static Instant paused;
    private static Instant killed;
    private static Instant restarted;
    private static long call;
    private static Instant raised;

    @BeforeAll
    static void killTheServerMidRunAndStartItAgain() throws Exception {
        LibertyServer.start();
        Instant started = Instant.now();
        assertTrue(eventually(PATIENCE, () -> Heartbeats.stored(started, Instant.now()).size() >= 3),
                "heartbeat samples flowing after the first start");
        List<Beat> flowing = Heartbeats.stored(started, Instant.now());
        windowStart = flowing.get(flowing.size() - 1).at();

        long line = PlantApi.id(PlantApi.createChain().line());
        rules(line, "CRITICAL", level(1, ACKNOWLEDGE_SECONDS, 600, "user:lead-" + line), level(2, 600, 600, "role:PRODUCTION_MANAGER"));
        call = raise("operator", line, "MAINTENANCE", "CRITICAL", "Sealing jaw jammed").getJsonNumber("id").longValue();
        raised = Instant.now();

        LibertyServer.pauseEndpoint(LibertyServer.INGEST_MDB);
        paused = Instant.now();
        Thread.sleep(BACKLOG.toMillis());
        assertEquals(List.of(), Heartbeats.stored(paused.plusSeconds(2), Instant.now()),
                "the ingest paused: the last scans wait on the queue");
        assertEquals(List.of("RAISED"), historyKinds(call), "the escalation timer still pending at the kill");
        killed = Instant.now();
        assertTrue(killed.isBefore(raised.plusSeconds(ACKNOWLEDGE_SECONDS)), "the kill came before the timer was due");
        LibertyServer.kill();

        LibertyServer.start();
        restarted = Instant.now();
        System.out.println("KilledServerRestartIT: killed at " + killed + ", answering again " + Duration.between(killed, restarted).toMillis()
                + " ms later");
    }

    @AfterAll
    static void stopTheServer() {
        LibertyServer.stop();
    }

    @Test
    void everyScanAcknowledgedBeforeTheKillIsStoredExactlyOnceAfterTheRestart() throws Exception {
        Instant acknowledged = killed.minus(ACKNOWLEDGED_AFTER);
        boolean complete = eventually(PATIENCE, () -> Heartbeats.cover(Heartbeats.stored(windowStart, acknowledged), windowStart, acknowledged));
        List<Beat> beforeTheKill = Heartbeats.stored(windowStart, killed);
        assertTrue(complete, "scans acknowledged before the kill missing: " + beforeTheKill.size() + " samples " + windowStart + " … "
                + acknowledged + ", holes " + Heartbeats.holes(beforeTheKill));
        long backlog = beforeTheKill.stream().filter(beat -> beat.at().isAfter(paused.plusSeconds(2))).count();
        assertTrue(backlog >= BACKLOG.toSeconds() - 3, "scans that were only on the queue at the kill, stored after the restart: " + backlog);
        assertEquals(List.of(), Heartbeats.holes(beforeTheKill), "no acknowledged scan lost");

        assertTrue(eventually(PATIENCE, () -> !Heartbeats.stored(restarted, Instant.now()).isEmpty()), "scans flowing after the restart");
        List<Beat> all = Heartbeats.stored(windowStart, Instant.now());
        assertEquals(List.of(), Heartbeats.repeated(all), "no scan stored twice");

        // the count events of the acknowledged scans add up to what the counter samples say: no increment lost or doubled
        List<Count> counts = goodCounts(windowStart, beforeTheKill.get(beforeTheKill.size() - 1).at());
        assertTrue(counts.size() >= 2, "the case packer counted while the ingest was paused: " + counts.size() + " counter samples");
        Count first = counts.get(0);
        Count last = counts.get(counts.size() - 1);
        Counted events = countEvents(first.at(), last.at());
        assertEquals(0, last.value().subtract(first.value()).compareTo(events.increments()),
                "sum of COUNT increments " + events.increments() + " vs counter " + first.value() + " → " + last.value());
        assertEquals(counts.size() - 1L, events.events(), "one COUNT event per counter change");
    }

    @Test
    void anEscalationTimerPendingAtTheKillFiresOnceAfterTheRestart() throws Exception {
        JsonObject escalated = AndonApi.await(call, "ESCALATED", PATIENCE);
        assertEquals(2, escalated.getInt("level"));
        assertEquals("system", escalated.getString("actor"));
        assertEquals("role:PRODUCTION_MANAGER", escalated.getString("recipients"));
        assertTrue(escalated.getString("note").contains("Not acknowledged within " + ACKNOWLEDGE_SECONDS + " s at level 1"), escalated.toString());
        assertTrue(Instant.parse(escalated.getString("occurredAt")).isAfter(killed), "fired after the restart: " + escalated);
        Thread.sleep(3_000); // a second firing, if there were one, would come right after the first
        assertEquals(List.of("RAISED", "ESCALATED"), historyKinds(call), "the timer fired exactly once");
    }

    private record Count(Instant at, BigDecimal value) {
    }

    private record Counted(BigDecimal increments, long events) {
    }

    /** The bagger's good-count samples, oldest first. */
    private static List<Count> goodCounts(Instant from, Instant to) throws SQLException {
        try (Connection connection = TestEnvironment.connectToDatabase();
             PreparedStatement statement = connection.prepareStatement(GOOD_COUNTS)) {
            statement.setTimestamp(1, Timestamp.from(from));
            statement.setTimestamp(2, Timestamp.from(to));
            List<Count> counts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.add(new Count(rows.getTimestamp(1).toInstant(), rows.getBigDecimal(2)));
                }
            }
            return counts;
        }
    }

    /** The case packer's good COUNT events after {@code from} up to {@code to}. */
    private static Counted countEvents(Instant from, Instant to) throws SQLException {
        try (Connection connection = TestEnvironment.connectToDatabase();
             PreparedStatement statement = connection.prepareStatement(COUNT_EVENTS)) {
            statement.setLong(1, Floor.nodeId("P1-CASEPACKER"));
            statement.setTimestamp(2, Timestamp.from(from));
            statement.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new Counted(rows.getBigDecimal(1), rows.getLong(2));
            }
        }
    }
}
