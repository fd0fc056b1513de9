package org.openmes.telemetry.ingest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openmes.telemetry.events.EdgeEvent;
import org.openmes.telemetry.live.LiveSignals;
import org.openmes.telemetry.model.EquipmentSignal;
import org.postgresql.PGConnection;

/**
 * One message of one or several scans (format: {@code org.openmes.telemetry.connector.ScanMessage}, the columns of
 * GOOD samples or one object per sample) as columns, written with one statement per table, whatever the number of
 * scans: the edge events (a redelivery finds them stored and writes nothing new), the samples with one {@code COPY} (a redelivery
 * meets its stored rows there and falls back to an insert that skips them), then the current values of the samples
 * of mapped tags, and, when the PLC's comms state changed, its COMMS event and current value for every piece of
 * equipment with a signal mapped to a tag of the PLC. Values and timestamps travel as text so that neither the
 * JVM's time zone nor float rounding touches them.
 */
final class ScanBatch {
    // a redelivery meets the stored event and returns it too, flagged: only new events become CDI domain events, but
    // every event of the message goes to the topic, since the first delivery's publication may have rolled back (the
    // no-op update makes RETURNING see the stored row; xmax = 0 only for a row this statement inserted)
    private static final String ON_CONFLICT_RETURNING_EVENT = " on conflict on constraint telemetry_edge_event_pk"
            + " do update set kind = excluded.kind returning equipment_id, signal, occurred_at, kind, bit, old_value,"
            + " new_value, increment, reason, xmax = 0";
    private static final String INSERT_SAMPLES = "insert into telemetry_sample"
            + " (tag_id, sampled_at, source_at, value, quality, reason)"
            + " select s.tag_id, s.sampled_at::timestamptz, s.source_at::timestamptz, s.value::numeric, s.quality, s.reason"
            + " from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
            + " as s(tag_id, sampled_at, source_at, value, quality, reason)"
            + " on conflict do nothing";
    private static final String COPY_SAMPLES = "copy telemetry_sample (tag_id, sampled_at, source_at, value, quality, reason)"
            + " from stdin";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String MAPPED_TAGS = "select distinct tag_id from telemetry_signal_mapping";
    // an older scan processed after a newer one (concurrent MDB instances) must not overwrite it
    // a batch of several scans holds several samples of a tag: only the newest one per signal (DO UPDATE may not touch a
    // row twice in one statement)
    private static final String UPSERT_CURRENT = "insert into telemetry_current_value"
            + " (equipment_id, signal, tag_id, value, quality, reason, sampled_at)"
            + " select distinct on (m.equipment_id, m.signal) m.equipment_id, m.signal, s.tag_id, s.value::numeric,"
            + " s.quality, s.reason, s.sampled_at::timestamptz"
            + " from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])"
            + " as s(tag_id, sampled_at, value, quality, reason)"
            + " join telemetry_signal_mapping m on m.tag_id = s.tag_id"
            + " order by m.equipment_id, m.signal, s.sampled_at::timestamptz desc"
            + " on conflict (equipment_id, signal) do update set tag_id = excluded.tag_id, value = excluded.value,"
            + " quality = excluded.quality, reason = excluded.reason, sampled_at = excluded.sampled_at"
            + " where telemetry_current_value.sampled_at <= excluded.sampled_at";

    private static final String INSERT_EVENTS = "insert into telemetry_edge_event"
            + " (equipment_id, signal, occurred_at, kind, bit, tag_id, old_value, new_value, increment)"
            // distinct: DO UPDATE may not touch a row twice in one statement, should a message carry an event twice
            + " select distinct on (m.equipment_id, m.signal, e.occurred_at::timestamptz, e.kind, e.bit)"
            + " m.equipment_id, m.signal, e.occurred_at::timestamptz, e.kind, e.bit, e.tag_id, e.old_value::numeric,"
            + " e.new_value::numeric, e.increment::numeric"
            + " from unnest(?::bigint[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[])"
            + " as e(tag_id, occurred_at, kind, bit, old_value, new_value, increment)"
            + " join telemetry_signal_mapping m on m.tag_id = e.tag_id" + ON_CONFLICT_RETURNING_EVENT;

    // the equipment a PLC's comms state concerns: whatever has a signal mapped to one of its tags
    private static final String EQUIPMENT_OF_PLC = " from telemetry_signal_mapping m"
            + " join telemetry_tag t on t.id = m.tag_id join telemetry_plc_connection c on c.id = t.plc_connection_id"
            + " where c.code = ?";
    private static final String INSERT_COMMS_EVENT = "insert into telemetry_edge_event"
            + " (equipment_id, signal, occurred_at, kind, bit, reason)"
            + " select distinct m.equipment_id, 'COMMS', ?::timestamptz, ?, -1, left(?, 200)" + EQUIPMENT_OF_PLC
            + ON_CONFLICT_RETURNING_EVENT;
    private static final String UPSERT_COMMS = "insert into telemetry_current_value"
            + " (equipment_id, signal, quality, reason, sampled_at)"
            + " select distinct m.equipment_id, 'COMMS', ?, left(?, 200), ?::timestamptz" + EQUIPMENT_OF_PLC
            + " on conflict (equipment_id, signal) do update set quality = excluded.quality, reason = excluded.reason,"
            + " sampled_at = excluded.sampled_at where telemetry_current_value.sampled_at <= excluded.sampled_at";

    private final String scanId;
    private final List<Comms> comms = new ArrayList<>();
    private final SampleColumns samples = new SampleColumns();
    private final EventColumns events = new EventColumns();

    /** A change of a PLC's comms state, as one scan reported it. */
    private record Comms(String plc, String state, String at, String reason, String event) {
    }

    /** The samples of all scans of the message, one list per column. */
    private static final class SampleColumns {
        final List<Long> tags = new ArrayList<>();
        final List<String> sampledAt = new ArrayList<>();
        final List<String> sourceAt = new ArrayList<>();
        final List<String> values = new ArrayList<>();
        final List<String> qualities = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();

        void add(long tag, String sampled, String source, String value, String quality, String reason) {
            tags.add(tag);
            sampledAt.add(sampled);
            sourceAt.add(source);
            values.add(value);
            qualities.add(quality);
            reasons.add(reason);
        }

        /** The samples of these tags, in order. */
        SampleColumns ofTags(Set<Long> wanted) {
            SampleColumns selected = new SampleColumns();
            for (int i = 0; i < tags.size(); i++) {
                if (wanted.contains(tags.get(i))) {
                    selected.add(tags.get(i), sampledAt.get(i), sourceAt.get(i), values.get(i), qualities.get(i),
                            reasons.get(i));
                }
            }
            return selected;
        }
    }

    /** The edge events of all scans of the message, one list per column. */
    private static final class EventColumns {
        final List<Long> tags = new ArrayList<>();
        final List<String> occurredAt = new ArrayList<>();
        final List<String> kinds = new ArrayList<>();
        final List<Integer> bits = new ArrayList<>();
        final List<String> oldValues = new ArrayList<>();
        final List<String> newValues = new ArrayList<>();
        final List<String> increments = new ArrayList<>();
    }

    private ScanBatch(String scanId) {
        this.scanId = scanId;
    }

    /** Parses one scan message, or a message of several scans ({@code {"scans":[...]}}), into one batch. */
    static ScanBatch parse(String json) {
        JsonObject message;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            message = reader.readObject();
        }
        JsonArray scans = message.containsKey("scans") ? message.getJsonArray("scans") : Json.createArrayBuilder().add(message).build();
        ScanBatch batch = new ScanBatch(scans.getJsonObject(0).getString("scanId")
                + (scans.size() > 1 ? "+" + (scans.size() - 1) : ""));
        for (int i = 0; i < scans.size(); i++) {
            batch.add(scans.getJsonObject(i));
        }
        return batch;
    }

    private void add(JsonObject scan) {
        if (scan.containsKey("tags")) {
            // the GOOD samples as columns, with the scan's timestamps once
            String sampledAt = Instant.parse(scan.getString("sampledAt")).toString();
            String sourceAt = Instant.parse(scan.getString("sourceAt")).toString();
            JsonArray tags = scan.getJsonArray("tags");
            JsonArray values = scan.getJsonArray("values");
            if (tags.size() != values.size()) {
                throw new IllegalArgumentException("scan " + scan.getString("scanId") + " has " + tags.size()
                        + " tags but " + values.size() + " values");
            }
            for (int i = 0; i < tags.size(); i++) {
                samples.add(tags.getJsonNumber(i).longValueExact(), sampledAt, sourceAt,
                        values.getJsonNumber(i).bigDecimalValue().toPlainString(), "GOOD", null);
            }
        }
        for (JsonObject sample : scan.getJsonArray("samples").getValuesAs(JsonObject.class)) {
            samples.add(sample.getJsonNumber("tag").longValueExact(), Instant.parse(sample.getString("sampledAt")).toString(),
                    Instant.parse(sample.getString("sourceAt")).toString(),
                    sample.containsKey("value") ? sample.getJsonNumber("value").bigDecimalValue().toPlainString() : null,
                    sample.getString("quality"), sample.getString("reason", null));
        }
        JsonArray edgeEvents = scan.containsKey("events") ? scan.getJsonArray("events") : JsonArray.EMPTY_JSON_ARRAY;
        for (JsonObject event : edgeEvents.getValuesAs(JsonObject.class)) {
            events.tags.add(event.getJsonNumber("tag").longValueExact());
            events.occurredAt.add(Instant.parse(event.getString("occurredAt")).toString());
            events.kinds.add(event.getString("kind"));
            events.bits.add(event.getInt("bit"));
            events.oldValues.add(event.getJsonNumber("oldValue").bigDecimalValue().toPlainString());
            events.newValues.add(event.getJsonNumber("newValue").bigDecimalValue().toPlainString());
            events.increments.add(event.containsKey("increment") ? event.getJsonNumber("increment").bigDecimalValue().toPlainString() : null);
        }
        JsonObject change = scan.getJsonObject("comms");
        if (change != null) {
            String state = change.getString("state");
            if (!"LOST".equals(state) && !"CONNECTED".equals(state)) {
                throw new IllegalArgumentException("comms state " + state + " is neither LOST nor CONNECTED");
            }
            comms.add(new Comms(scan.getString("plc"), state, Instant.parse(change.getString("at")).toString(),
                    change.getString("reason", null), change.getString("event", null)));
        }
    }

    String scanId() {
        return scanId;
    }

    int size() {
        return samples.tags.size();
    }

    int events() {
        return events.tags.size();
    }

    /** The samples of the message, for the live pages ({@link LiveSignals}). */
    List<LiveSignals.Sample> liveSamples() {
        List<LiveSignals.Sample> live = new ArrayList<>(samples.tags.size());
        for (int i = 0; i < samples.tags.size(); i++) {
            String value = samples.values.get(i);
            live.add(new LiveSignals.Sample(samples.tags.get(i), Instant.parse(samples.sampledAt.get(i)),
                    value == null ? null : new BigDecimal(value), "GOOD".equals(samples.qualities.get(i))));
        }
        return live;
    }

    /** The changes of a PLC's communication state in the message, for the live pages. */
    List<LiveSignals.Comms> liveComms() {
        return comms.stream().map(change -> new LiveSignals.Comms(change.plc(), "LOST".equals(change.state()), Instant.parse(change.at())))
                .toList();
    }

    /**
     * What one {@link #store} wrote that was not there yet ({@code samples}, {@code events}), and every edge event of
     * the message, whether stored now or found stored by a redelivery ({@code allEvents}).
     */
    record Stored(int samples, List<EdgeEvent> events, List<EdgeEvent> allEvents) {
    }

    /** Writes the samples, current values, edge events and comms state. */
    Stored store(Connection connection) throws SQLException {
        List<EdgeEvent> newEvents = new ArrayList<>();
        List<EdgeEvent> allEvents = new ArrayList<>();
        if (!events.tags.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(INSERT_EVENTS)) {
                bind(connection, statement, events.tags, events.occurredAt, events.kinds, events.bits,
                        events.oldValues, events.newValues, events.increments);
                collect(statement, newEvents, allEvents);
            }
        }
        for (Comms change : comms) {
            storeComms(connection, change, newEvents, allEvents);
        }
        return new Stored(storeSamples(connection), newEvents, allEvents);
    }

    private static void storeComms(Connection connection, Comms change, List<EdgeEvent> newEvents,
                                   List<EdgeEvent> allEvents) throws SQLException {
        if (change.event() != null) {
            try (PreparedStatement statement = connection.prepareStatement(INSERT_COMMS_EVENT)) {
                statement.setString(1, change.at());
                statement.setString(2, change.event());
                statement.setString(3, change.reason());
                statement.setString(4, change.plc());
                collect(statement, newEvents, allEvents);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(UPSERT_COMMS)) {
            statement.setString(1, "LOST".equals(change.state()) ? "BAD" : "GOOD");
            statement.setString(2, change.reason());
            statement.setString(3, change.at());
            statement.setString(4, change.plc());
            statement.executeUpdate();
        }
    }

    private int storeSamples(Connection connection) throws SQLException {
        if (samples.tags.isEmpty()) {
            return 0;
        }
        int inserted;
        Savepoint beforeCopy = connection.setSavepoint();
        try {
            inserted = copySamples(connection);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            // a redelivery after a crash between the rows' commit and the message's acknowledgement: COPY has no
            // ON CONFLICT, so this message takes the insert that skips what is there already
            connection.rollback(beforeCopy);
            try (PreparedStatement statement = connection.prepareStatement(INSERT_SAMPLES)) {
                bind(connection, statement, samples.tags, samples.sampledAt, samples.sourceAt, samples.values,
                        samples.qualities, samples.reasons);
                inserted = statement.executeUpdate();
            }
        }
        SampleColumns mapped = samples.ofTags(mappedTags(connection));
        if (!mapped.tags.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(UPSERT_CURRENT)) {
                bind(connection, statement, mapped.tags, mapped.sampledAt, mapped.values, mapped.qualities,
                        mapped.reasons);
                statement.executeUpdate();
            }
        }
        return inserted;
    }

    /**
     * The tags mapped to an equipment signal, read in this transaction: only their samples become current values,
     * and they are few, so the upsert gets those instead of every sample of the message.
     */
    private static Set<Long> mappedTags(Connection connection) throws SQLException {
        Set<Long> tags = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(MAPPED_TAGS); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tags.add(rows.getLong(1));
            }
        }
        return tags;
    }

    /**
     * All samples in one {@code COPY … FROM STDIN} (text format) on the driver's own connection, which the pool's
     * connection unwraps to (the driver's library is the server's global library, so the application sees its
     * classes: server.xml).
     */
    private int copySamples(Connection connection) throws SQLException {
        StringBuilder rows = new StringBuilder(samples.tags.size() * 80);
        for (int i = 0; i < samples.tags.size(); i++) {
            rows.append(samples.tags.get(i)).append('\t').append(samples.sampledAt.get(i)).append('\t')
                    .append(samples.sourceAt.get(i)).append('\t');
            copyField(rows, samples.values.get(i)).append('\t');
            copyField(rows, samples.qualities.get(i)).append('\t');
            copyField(rows, samples.reasons.get(i)).append('\n');
        }
        try {
            return Math.toIntExact(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_SAMPLES,
                    new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new SQLException("COPY of " + samples.tags.size() + " samples failed while sending", e);
        }
    }

    /** One field of COPY's text format: {@code \N} for null, the special characters escaped. */
    private static StringBuilder copyField(StringBuilder rows, String value) {
        if (value == null) {
            return rows.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
        return rows;
    }

    private static void collect(PreparedStatement statement, List<EdgeEvent> newEvents, List<EdgeEvent> allEvents)
            throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                int bit = rows.getInt(5);
                EdgeEvent event = new EdgeEvent(rows.getLong(1), EquipmentSignal.valueOf(rows.getString(2)),
                        rows.getObject(3, OffsetDateTime.class).toInstant(), EdgeEvent.Kind.valueOf(rows.getString(4)),
                        bit < 0 ? null : bit, rows.getBigDecimal(6), rows.getBigDecimal(7), rows.getBigDecimal(8),
                        rows.getString(9));
                allEvents.add(event);
                if (rows.getBoolean(10)) {
                    newEvents.add(event);
                }
            }
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, List<?>... columns) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            List<?> column = columns[i];
            Object first = column.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
            String type = first instanceof Long ? "bigint" : first instanceof Integer ? "int" : "text";
            Array array = connection.createArrayOf(type, column.toArray());
            statement.setArray(i + 1, array);
        }
    }
}
