package org.openmes.telemetry.ingest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openmes.telemetry.events.EdgeEvent;
import org.openmes.telemetry.model.EquipmentSignal;

/**
 * One scan message (format: {@code org.openmes.telemetry.connector.ScanMessage}) as columns, written with one
 * multi-row statement per table: the edge events and samples (both ignoring what a redelivery already stored),
 * then the current values of the mapped equipment signals, and, when the PLC's comms state changed, its COMMS
 * event and current value for every piece of equipment with a signal mapped to a tag of the PLC. Values and
 * timestamps travel as text arrays so that neither the JVM's time zone nor float rounding touches them.
 */
final class ScanBatch {
    // what a redelivery skipped is not returned, so only new events become domain events
    private static final String RETURNING_EVENT = " returning equipment_id, signal, occurred_at, kind, bit, old_value,"
            + " new_value, increment, reason";
    private static final String INSERT_SAMPLES = "insert into telemetry_sample"
            + " (tag_id, sampled_at, source_at, value, quality, reason)"
            + " select s.tag_id, s.sampled_at::timestamptz, s.source_at::timestamptz, s.value::numeric, s.quality, s.reason"
            + " from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
            + " as s(tag_id, sampled_at, source_at, value, quality, reason)"
            + " on conflict do nothing";
    // an older scan processed after a newer one (concurrent MDB instances) must not overwrite it
    private static final String UPSERT_CURRENT = "insert into telemetry_current_value"
            + " (equipment_id, signal, tag_id, value, quality, reason, sampled_at)"
            + " select m.equipment_id, m.signal, s.tag_id, s.value::numeric, s.quality, s.reason, s.sampled_at::timestamptz"
            + " from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])"
            + " as s(tag_id, sampled_at, value, quality, reason)"
            + " join telemetry_signal_mapping m on m.tag_id = s.tag_id"
            + " on conflict (equipment_id, signal) do update set tag_id = excluded.tag_id, value = excluded.value,"
            + " quality = excluded.quality, reason = excluded.reason, sampled_at = excluded.sampled_at"
            + " where telemetry_current_value.sampled_at <= excluded.sampled_at";

    private static final String INSERT_EVENTS = "insert into telemetry_edge_event"
            + " (equipment_id, signal, occurred_at, kind, bit, tag_id, old_value, new_value, increment)"
            + " select m.equipment_id, m.signal, e.occurred_at::timestamptz, e.kind, e.bit, e.tag_id, e.old_value::numeric,"
            + " e.new_value::numeric, e.increment::numeric"
            + " from unnest(?::bigint[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[])"
            + " as e(tag_id, occurred_at, kind, bit, old_value, new_value, increment)"
            + " join telemetry_signal_mapping m on m.tag_id = e.tag_id"
            + " on conflict do nothing" + RETURNING_EVENT;

    // the equipment a PLC's comms state concerns: whatever has a signal mapped to one of its tags
    private static final String EQUIPMENT_OF_PLC = " from telemetry_signal_mapping m"
            + " join telemetry_tag t on t.id = m.tag_id join telemetry_plc_connection c on c.id = t.plc_connection_id"
            + " where c.code = ?";
    private static final String INSERT_COMMS_EVENT = "insert into telemetry_edge_event"
            + " (equipment_id, signal, occurred_at, kind, bit, reason)"
            + " select distinct m.equipment_id, 'COMMS', ?::timestamptz, ?, -1, left(?, 200)" + EQUIPMENT_OF_PLC
            + " on conflict do nothing" + RETURNING_EVENT;
    private static final String UPSERT_COMMS = "insert into telemetry_current_value"
            + " (equipment_id, signal, quality, reason, sampled_at)"
            + " select distinct m.equipment_id, 'COMMS', ?, left(?, 200), ?::timestamptz" + EQUIPMENT_OF_PLC
            + " on conflict (equipment_id, signal) do update set quality = excluded.quality, reason = excluded.reason,"
            + " sampled_at = excluded.sampled_at where telemetry_current_value.sampled_at <= excluded.sampled_at";

    private final String plc;
    private final String scanId;
    private String commsState;
    private String commsAt;
    private String commsReason;
    private String commsEvent;
    private Long[] eventTags = new Long[0];
    private String[] eventTimes;
    private String[] eventKinds;
    private Integer[] eventBits;
    private String[] eventOld;
    private String[] eventNew;
    private String[] eventIncrements;
    private final Long[] tagIds;
    private final String[] sampledAt;
    private final String[] sourceAt;
    private final String[] values;
    private final String[] qualities;
    private final String[] reasons;

    private ScanBatch(String plc, String scanId, int size) {
        this.plc = plc;
        this.scanId = scanId;
        tagIds = new Long[size];
        sampledAt = new String[size];
        sourceAt = new String[size];
        values = new String[size];
        qualities = new String[size];
        reasons = new String[size];
    }

    static ScanBatch parse(String json) {
        JsonObject scan;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            scan = reader.readObject();
        }
        JsonArray samples = scan.getJsonArray("samples");
        ScanBatch batch = new ScanBatch(scan.getString("plc"), scan.getString("scanId"), samples.size());
        for (int i = 0; i < samples.size(); i++) {
            JsonObject sample = samples.getJsonObject(i);
            batch.tagIds[i] = sample.getJsonNumber("tag").longValueExact();
            batch.sampledAt[i] = Instant.parse(sample.getString("sampledAt")).toString();
            batch.sourceAt[i] = Instant.parse(sample.getString("sourceAt")).toString();
            batch.values[i] = sample.containsKey("value") ? sample.getJsonNumber("value").bigDecimalValue().toPlainString() : null;
            batch.qualities[i] = sample.getString("quality");
            batch.reasons[i] = sample.getString("reason", null);
        }
        JsonArray events = scan.containsKey("events") ? scan.getJsonArray("events") : JsonArray.EMPTY_JSON_ARRAY;
        int count = events.size();
        batch.eventTags = new Long[count];
        batch.eventTimes = new String[count];
        batch.eventKinds = new String[count];
        batch.eventBits = new Integer[count];
        batch.eventOld = new String[count];
        batch.eventNew = new String[count];
        batch.eventIncrements = new String[count];
        for (int i = 0; i < count; i++) {
            JsonObject event = events.getJsonObject(i);
            batch.eventTags[i] = event.getJsonNumber("tag").longValueExact();
            batch.eventTimes[i] = Instant.parse(event.getString("occurredAt")).toString();
            batch.eventKinds[i] = event.getString("kind");
            batch.eventBits[i] = event.getInt("bit");
            batch.eventOld[i] = event.getJsonNumber("oldValue").bigDecimalValue().toPlainString();
            batch.eventNew[i] = event.getJsonNumber("newValue").bigDecimalValue().toPlainString();
            batch.eventIncrements[i] = event.containsKey("increment")
                    ? event.getJsonNumber("increment").bigDecimalValue().toPlainString() : null;
        }
        JsonObject comms = scan.getJsonObject("comms");
        if (comms != null) {
            batch.commsState = comms.getString("state");
            if (!"LOST".equals(batch.commsState) && !"CONNECTED".equals(batch.commsState)) {
                throw new IllegalArgumentException("comms state " + batch.commsState + " is neither LOST nor CONNECTED");
            }
            batch.commsAt = Instant.parse(comms.getString("at")).toString();
            batch.commsReason = comms.getString("reason", null);
            batch.commsEvent = comms.getString("event", null);
        }
        return batch;
    }

    String scanId() {
        return scanId;
    }

    int size() {
        return tagIds.length;
    }

    int events() {
        return eventTags.length;
    }

    /** What one {@link #store} wrote that was not there yet. */
    record Stored(int samples, List<EdgeEvent> events) {
    }

    /** Writes the samples, current values, edge events and comms state. */
    Stored store(Connection connection) throws SQLException {
        List<EdgeEvent> newEvents = new ArrayList<>();
        if (eventTags.length > 0) {
            try (PreparedStatement statement = connection.prepareStatement(INSERT_EVENTS)) {
                bind(connection, statement, eventTags, eventTimes, eventKinds, eventBits, eventOld, eventNew, eventIncrements);
                collect(statement, newEvents);
            }
        }
        if (commsState != null) {
            storeComms(connection, newEvents);
        }
        return new Stored(storeSamples(connection), newEvents);
    }

    private void storeComms(Connection connection, List<EdgeEvent> newEvents) throws SQLException {
        if (commsEvent != null) {
            try (PreparedStatement statement = connection.prepareStatement(INSERT_COMMS_EVENT)) {
                statement.setString(1, commsAt);
                statement.setString(2, commsEvent);
                statement.setString(3, commsReason);
                statement.setString(4, plc);
                collect(statement, newEvents);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(UPSERT_COMMS)) {
            statement.setString(1, "LOST".equals(commsState) ? "BAD" : "GOOD");
            statement.setString(2, commsReason);
            statement.setString(3, commsAt);
            statement.setString(4, plc);
            statement.executeUpdate();
        }
    }

    private int storeSamples(Connection connection) throws SQLException {
        if (tagIds.length == 0) {
            return 0;
        }
        int inserted;
        try (PreparedStatement statement = connection.prepareStatement(INSERT_SAMPLES)) {
            bind(connection, statement, tagIds, sampledAt, sourceAt, values, qualities, reasons);
            inserted = statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(UPSERT_CURRENT)) {
            bind(connection, statement, tagIds, sampledAt, values, qualities, reasons);
            statement.executeUpdate();
        }
        return inserted;
    }

    private static void collect(PreparedStatement statement, List<EdgeEvent> events) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                int bit = rows.getInt(5);
                events.add(new EdgeEvent(rows.getLong(1), EquipmentSignal.valueOf(rows.getString(2)),
                        rows.getObject(3, OffsetDateTime.class).toInstant(), EdgeEvent.Kind.valueOf(rows.getString(4)),
                        bit < 0 ? null : bit, rows.getBigDecimal(6), rows.getBigDecimal(7), rows.getBigDecimal(8),
                        rows.getString(9)));
            }
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, Object[]... columns) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            String type = columns[i] instanceof Long[] ? "bigint" : columns[i] instanceof Integer[] ? "int" : "text";
            Array array = connection.createArrayOf(type, columns[i]);
            statement.setArray(i + 1, array);
        }
    }
}
