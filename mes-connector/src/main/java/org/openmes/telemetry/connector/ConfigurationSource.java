package org.openmes.telemetry.connector;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Reads the adapter's configuration from the MES database, where the EJB side keeps it
 * ({@code org.openmes.telemetry.service.TelemetryConfigService}). Triggers bump
 * {@code telemetry_config_revision} on every change, so polling that one row tells whether to reload.
 */
final class ConfigurationSource {
    private final String dataSourceName;
    private DataSource dataSource;

    ConfigurationSource(String dataSourceName) {
        this.dataSourceName = dataSourceName;
    }

    long revision() throws SQLException, NamingException {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("select revision from telemetry_config_revision");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** The enabled PLCs with their tags. */
    List<PlcDefinition> load() throws SQLException, NamingException {
        try (Connection connection = dataSource().getConnection()) {
            Map<Long, List<TagDefinition>> tags = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("select t.id, t.plc_connection_id, t.name,"
                    + " t.address, t.data_type, t.scale, t.value_offset, t.deadband, t.scan_class from telemetry_tag t"
                    + " order by t.id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tags.computeIfAbsent(rows.getLong(2), id -> new ArrayList<>()).add(new TagDefinition(rows.getLong(1),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getDouble(6), rows.getDouble(7),
                            rows.getDouble(8), rows.getString(9)));
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

    private DataSource dataSource() throws NamingException {
        if (dataSource == null) {
            dataSource = (DataSource) new InitialContext().lookup(dataSourceName);
        }
        return dataSource;
    }
}
