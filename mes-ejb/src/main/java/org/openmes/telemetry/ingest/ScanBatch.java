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
 * multi-row statement per table: the samples, then the current values of the mapped equipment signals. Values and
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

    private final String scanId;
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
        return batch;
    }

    String scanId() {
        return scanId;
    }

    int size() {
        return tagIds.length;
    }

    /** Writes the samples and current values; returns how many samples were new. */
    int store(Connection connection) throws SQLException {
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
            Array array = connection.createArrayOf(columns[i] instanceof Long[] ? "bigint" : "text", columns[i]);
            statement.setArray(i + 1, array);
        }
    }
}
