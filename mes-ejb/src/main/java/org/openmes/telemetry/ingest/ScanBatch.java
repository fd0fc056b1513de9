package org.openmes.telemetry.ingest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * One scan message (format: {@code org.openmes.telemetry.connector.ScanMessage}) as columns, written with one
 * multi-row statement per table: the edge events and samples (both ignoring what a redelivery already stored),
 * then the current values of the mapped equipment signals. Values and
 * timestamps travel as text arrays so that neither the JVM's time zone nor float rounding touches them.
 */
final class ScanBatch {
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
            + " on conflict do nothing";

    private final String scanId;
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

    private ScanBatch(String scanId, int size) {
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
        ScanBatch batch = new ScanBatch(scan.getString("scanId"), samples.size());
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

    /** Writes the samples, current values and edge events; returns how many samples were new. */
    int store(Connection connection) throws SQLException {
        if (eventTags.length > 0) {
            try (PreparedStatement statement = connection.prepareStatement(INSERT_EVENTS)) {
                bind(connection, statement, eventTags, eventTimes, eventKinds, eventBits, eventOld, eventNew, eventIncrements);
                statement.executeUpdate();
            }
        }
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

    private static void bind(Connection connection, PreparedStatement statement, Object[]... columns) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            String type = columns[i] instanceof Long[] ? "bigint" : columns[i] instanceof Integer[] ? "int" : "text";
            Array array = connection.createArrayOf(type, columns[i]);
            statement.setArray(i + 1, array);
        }
    }
}
