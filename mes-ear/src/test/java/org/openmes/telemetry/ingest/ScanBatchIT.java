package org.openmes.telemetry.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openmes.devserver.EmbeddedDatabase;
import org.openmes.it.MesIntegrationTest;
import org.openmes.it.OwnPlc;
import org.openmes.it.TestEnvironment;
import org.openmes.telemetry.events.EdgeEvent;
import org.openmes.telemetry.model.EquipmentSignal;

/**
 * The ingest's statements against the database the deployed application migrated: what {@link ScanBatch#store}
 * returns is exactly what the ingest bean fires as {@link EdgeEvent}s, so a redelivered scan must return nothing.
 * The scans are dated in 2001 (a random microsecond, so reruns on a kept database do not collide): older than
 * anything the live line writes, they change no current value. They go to a PLC and equipment of the test's own:
 * written to the demo line, a comms loss from 2001 that the downtime tracker read before its first look at the live
 * line left it believing the line's PLC unreachable, and the next test's jam never became a stop.
 */
class ScanBatchIT extends MesIntegrationTest {

    @Test
    void aRedeliveredScanStoresNothingAgainAndSoFiresNoDomainEventButReturnsItsEventsForTheTopic() throws Exception {
        Instant at = someMicrosecondIn2001();
        try (Connection connection = database()) {
            OwnPlc plc = OwnPlc.create("FAULT_WORD");
            long equipment = plc.equipmentId();
            long faultTag = plc.tagIds().get("FAULT_WORD");
            String scan = Json.createObjectBuilder().add("plc", plc.code()).add("scanId", "it-redelivery")
                    .add("scanClass", "fast").add("samples", Json.createArrayBuilder())
                    .add("events", Json.createArrayBuilder().add(Json.createObjectBuilder().add("tag", faultTag)
                            .add("occurredAt", at.toString()).add("kind", "FAULT_RAISED").add("bit", 42)
                            .add("oldValue", 0).add("newValue", 1L << 42)))
                    .add("comms", Json.createObjectBuilder().add("state", "LOST").add("at", at.toString())
                            .add("reason", "cable pulled").add("event", "COMMS_LOST"))
                    .build().toString();
            connection.setAutoCommit(false);

            List<EdgeEvent> first = ScanBatch.parse(scan).store(connection).events();
            connection.commit();
            assertEquals(List.of(
                    new EdgeEvent(equipment, EquipmentSignal.FAULT_WORD, at, EdgeEvent.Kind.FAULT_RAISED, 42,
                            BigDecimal.ZERO, new BigDecimal(1L << 42), null, null),
                    new EdgeEvent(equipment, EquipmentSignal.COMMS, at, EdgeEvent.Kind.COMMS_LOST, null, null, null, null,
                            "cable pulled")), first.stream().map(ScanBatchIT::comparable).toList());

            ScanBatch.Stored again = ScanBatch.parse(scan).store(connection);
            connection.commit();
            assertEquals(List.of(), again.events(), "redelivered: no new CDI event");
            assertEquals(first.stream().map(ScanBatchIT::comparable).toList(),
                    again.allEvents().stream().map(ScanBatchIT::comparable).toList(),
                    "but every event of the message again, for the topic");
        }
    }

    @Test
    void aMessageOfSeveralScansStoresEverySampleOnceEvenWithTwoSamplesOfAMappedTag() throws Exception {
        Instant at = someMicrosecondIn2001();
        try (Connection connection = database()) {
            OwnPlc plc = OwnPlc.create("SPEED");
            long speedTag = plc.tagIds().get("SPEED");
            var scans = Json.createArrayBuilder();
            for (int scan = 0; scan < 3; scan++) {
                String sampledAt = at.plusMillis(100L * scan).toString();
                scans.add(Json.createObjectBuilder().add("plc", plc.code()).add("scanId", "it-batch-" + scan)
                        .add("scanClass", "fast").add("samples", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("tag", speedTag).add("sampledAt", sampledAt).add("sourceAt", sampledAt)
                                .add("quality", "GOOD").add("value", 50 + scan)))
                        .add("events", Json.createArrayBuilder()));
            }
            String message = Json.createObjectBuilder().add("scans", scans).build().toString();
            connection.setAutoCommit(false);

            ScanBatch batch = ScanBatch.parse(message);
            assertEquals("it-batch-0+2", batch.scanId());
            assertEquals(3, batch.store(connection).samples(), "three samples of one mapped tag in one statement");
            connection.commit();
            assertEquals(0, ScanBatch.parse(message).store(connection).samples(), "redelivered");
            connection.commit();
            assertEquals(3, single(connection, "select count(*) from telemetry_sample where tag_id = " + speedTag
                    + " and sampled_at >= '" + at + "' and sampled_at <= '" + at.plusMillis(200) + "'"));
        }
    }

    @Test
    void aScanInColumnsIsCopiedOnceAndItsRedeliveryStoresNothingAgain() throws Exception {
        Instant at = someMicrosecondIn2001();
        try (Connection connection = database()) {
            OwnPlc plc = OwnPlc.create("SPEED", "GOOD_COUNT");
            long speedTag = plc.tagIds().get("SPEED");
            long goodTag = plc.tagIds().get("GOOD_COUNT");
            String message = Json.createObjectBuilder().add("plc", plc.code()).add("scanId", "it-columns")
                    .add("scanClass", "fast").add("sampledAt", at.toString()).add("sourceAt", at.plusMillis(3).toString())
                    .add("tags", Json.createArrayBuilder().add(speedTag)).add("values", Json.createArrayBuilder().add(61.5))
                    .add("samples", Json.createArrayBuilder().add(Json.createObjectBuilder().add("tag", goodTag)
                            .add("sampledAt", at.toString()).add("sourceAt", at.toString()).add("quality", "BAD")
                            .add("reason", "PLC said \\ no\tat all")))
                    .add("events", Json.createArrayBuilder()).build().toString();
            connection.setAutoCommit(false);

            assertEquals(2, ScanBatch.parse(message).store(connection).samples(), "copied");
            connection.commit();
            assertEquals(0, ScanBatch.parse(message).store(connection).samples(),
                    "redelivered: the COPY meets the stored rows, the insert that skips them takes over");
            connection.commit();
            try (PreparedStatement statement = connection.prepareStatement("select tag_id, source_at, value, quality,"
                    + " reason from telemetry_sample where tag_id in (?, ?) and sampled_at = ? order by tag_id = ? desc")) {
                statement.setLong(1, speedTag);
                statement.setLong(2, goodTag);
                statement.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                statement.setLong(4, speedTag);
                try (ResultSet rows = statement.executeQuery()) {
                    assertTrue(rows.next());
                    assertEquals(at.plusMillis(3), rows.getObject(2, OffsetDateTime.class).toInstant());
                    assertEquals(0, new BigDecimal("61.5").compareTo(rows.getBigDecimal(3)));
                    assertEquals("GOOD", rows.getString(4));
                    assertTrue(rows.next());
                    assertNull(rows.getBigDecimal(3));
                    assertEquals("BAD", rows.getString(4));
                    assertEquals("PLC said \\ no\tat all", rows.getString(5), "escaped for COPY and back");
                    assertFalse(rows.next(), "each sample once");
                }
            }
        }
    }

    @Test
    void aPlcThatAnswersAgainAfterAMissedCommsRestorationStillGetsItsStopsDetected() throws Exception {
        OwnPlc plc = OwnPlc.create("STATE", "FAULT_WORD");
        long state = plc.tagIds().get("STATE");
        long faults = plc.tagIds().get("FAULT_WORD");
        Instant lost = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        Instant answered = lost.plusSeconds(30);
        Instant jammed = answered.plusSeconds(10);
        try (Connection connection = database()) {
            connection.setAutoCommit(false);
            ScanBatch.parse(scan(plc, "lost", Json.createArrayBuilder(), Json.createArrayBuilder())
                    .add("comms", Json.createObjectBuilder().add("state", "LOST").add("at", lost.toString())
                            .add("reason", "cable pulled").add("event", "COMMS_LOST")).build().toString()).store(connection);
            // the PLC answers again, but its "communication restored" event never reached the database
            ScanBatch.parse(scan(plc, "answered", Json.createArrayBuilder().add(sample(state, answered, 6)).add(sample(faults, answered, 0)),
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("tag", state).add("occurredAt", answered.toString())
                            .add("kind", "STATE_CHANGED").add("bit", -1).add("oldValue", 0).add("newValue", 6))).build().toString()).store(connection);
            ScanBatch.parse(scan(plc, "jammed", Json.createArrayBuilder().add(sample(faults, jammed, 8)),
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("tag", faults).add("occurredAt", jammed.toString())
                            .add("kind", "FAULT_RAISED").add("bit", 3).add("oldValue", 0).add("newValue", 8))).build().toString())
                    .store(connection);
            connection.commit();

            // no CDI event told the tracker: its reconciliation (every 15 s) finds the machine
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(45).toNanos();
            String stop = "select count(*) from downtime_event where equipment_id = " + plc.equipmentId() + " and fault_bit = 3"
                    + " and ended_at is null";
            while (single(connection, stop) == 0 && System.nanoTime() < deadline) {
                connection.commit();
                Thread.sleep(250);
            }
            assertEquals(1, single(connection, stop), "the jam is an open stop once the PLC answered again");
        }
    }

    private static jakarta.json.JsonObjectBuilder scan(OwnPlc plc, String id, jakarta.json.JsonArrayBuilder samples,
                                                       jakarta.json.JsonArrayBuilder events) {
        return Json.createObjectBuilder().add("plc", plc.code()).add("scanId", "it-" + id + "-" + plc.code())
                .add("scanClass", "fast").add("samples", samples).add("events", events);
    }

    private static jakarta.json.JsonObjectBuilder sample(long tag, Instant at, long value) {
        return Json.createObjectBuilder().add("tag", tag).add("sampledAt", at.toString()).add("sourceAt", at.toString())
                .add("quality", "GOOD").add("value", value);
    }

    private static Instant someMicrosecondIn2001() {
        return Instant.parse("2001-01-01T00:00:00Z")
                .plus(ThreadLocalRandom.current().nextLong(1_000_000_000_000L), ChronoUnit.MICROS);
    }

    /** The event with its numbers scaled as written, so that equals compares values. */
    private static EdgeEvent comparable(EdgeEvent event) {
        return new EdgeEvent(event.equipmentId(), event.signal(), event.occurredAt(), event.kind(), event.bit(),
                plain(event.oldValue()), plain(event.newValue()), plain(event.increment()), event.reason());
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.toBigInteger());
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next(), sql);
            return rows.getLong(1);
        }
    }

    private static Connection database() throws SQLException {
        Properties user = new Properties();
        user.setProperty("user", EmbeddedDatabase.USER);
        return DriverManager.getConnection(System.getProperty(TestEnvironment.DB_URL), user);
    }
}
