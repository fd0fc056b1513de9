package org.openmes.telemetry.connector;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The adapter's side of the MES database. It reads the configuration the EJB side keeps there
 * ({@code org.openmes.telemetry.service.TelemetryConfigService}); triggers bump {@code telemetry_config_revision}
 * on every change, so polling that one row tells whether to reload. And it writes the adapter's status (per PLC
 * and the journal) for the status API and health checks, which run in other modules.
 */
final class AdapterDatabase {
    private final String dataSourceName;
    private DataSource dataSource;

    AdapterDatabase(String dataSourceName) {
        this.dataSourceName = dataSourceName;
    }

    long revision() throws SQLException, NamingException {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("select revision from telemetry_config_revision");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** The enabled PLCs with their tags; retired (deleted) tags are not read. */
    List<PlcDefinition> load() throws SQLException, NamingException {
        try (Connection connection = dataSource().getConnection()) {
            Map<Long, List<TagDefinition>> tags = new HashMap<>();
            // a tag mapped to several equipment has one signal kind in practice; min() picks one deterministically
            try (PreparedStatement statement = connection.prepareStatement("select t.id, t.plc_connection_id, t.name,"
                    + " t.address, t.data_type, t.scale, t.value_offset, t.deadband, t.scan_class,"
                    + " (select min(m.signal) from telemetry_signal_mapping m where m.tag_id = t.id)"
                    + " from telemetry_tag t where t.retired_at is null order by t.id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tags.computeIfAbsent(rows.getLong(2), id -> new ArrayList<>()).add(new TagDefinition(rows.getLong(1),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getDouble(6), rows.getDouble(7),
                            rows.getDouble(8), rows.getString(9), rows.getString(10)));
                }
            }
            List<PlcDefinition> plcs = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("select id, code, connection_string,"
                    + " scan_classes, request_timeout_ms, heartbeat_tag from telemetry_plc_connection where enabled"
                    + " order by code");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    plcs.add(new PlcDefinition(id, rows.getString(2), rows.getString(3),
                            PlcDefinition.parseScanClasses(rows.getString(4)), rows.getInt(5), rows.getString(6),
                            List.copyOf(tags.getOrDefault(id, List.of()))));
                }
            }
            return plcs;
        }
    }

    /** Replaces the reported status: one row per polled PLC (others deleted) and the connector's row. */
    void writeStatus(List<PlcStatus> plcs, int journalDepth, long journalBytes, long scansLost) throws SQLException, NamingException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement delete = connection.prepareStatement("delete from telemetry_plc_status")) {
                    delete.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement("insert into telemetry_plc_status (plc_code,"
                        + " connected, last_good_read, reconnects, last_error, overruns, reported_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                    for (PlcStatus plc : plcs) {
                        insert.setString(1, plc.code());
                        insert.setBoolean(2, plc.connected());
                        insert.setTimestamp(3, plc.lastGoodRead() == null ? null : Timestamp.from(plc.lastGoodRead()));
                        insert.setLong(4, plc.reconnects());
                        insert.setString(5, plc.lastError() == null ? null
                                : plc.lastError().substring(0, Math.min(500, plc.lastError().length())));
                        insert.setLong(6, plc.overruns());
                        insert.setTimestamp(7, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                try (PreparedStatement upsert = connection.prepareStatement("insert into telemetry_connector_status"
                        + " (id, journal_depth, journal_bytes, scans_lost, reported_at) values (1, ?, ?, ?, ?)"
                        + " on conflict (id) do update set journal_depth = excluded.journal_depth,"
                        + " journal_bytes = excluded.journal_bytes, scans_lost = excluded.scans_lost,"
                        + " reported_at = excluded.reported_at")) {
                    upsert.setInt(1, journalDepth);
                    upsert.setLong(2, journalBytes);
                    upsert.setLong(3, scansLost);
                    upsert.setTimestamp(4, now);
                    upsert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** What the adapter knows of one PLC's session. */
    record PlcStatus(String code, boolean connected, Instant lastGoodRead, long reconnects, String lastError, long overruns) {
    }

    private DataSource dataSource() throws NamingException {
        if (dataSource == null) {
            dataSource = (DataSource) new InitialContext().lookup(dataSourceName);
        }
        return dataSource;
    }
}
