package org.openmes.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.commons.io.FileUtils;

/**
 * A real PostgreSQL server (zonky's embedded binaries) holding one application database. With a data
 * directory the cluster is reused across starts; it is stopped by {@link #close()} or, failing that,
 * by the JVM's shutdown hook that zonky registers. Tests can {@link #stop()} and {@link #restart()} it to play a
 * database outage.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String USER = "postgres";

    private final Path dataDirectory;
    private final boolean keepData;
    private final String databaseName;
    private final int port;
    private EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path dataDirectory, boolean keepData, EmbeddedPostgres postgres, String databaseName) {
        this.dataDirectory = dataDirectory;
        this.keepData = keepData;
        this.postgres = postgres;
        this.databaseName = databaseName;
        this.port = postgres.getPort();
    }

    /**
     * Starts PostgreSQL on {@code port} (0 picks a free one) with its cluster in {@code dataDirectory}, kept
     * when {@code keepData}, and creates {@code databaseName} if it does not exist yet.
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean keepData, String databaseName)
            throws IOException, SQLException {
        if (!keepData) {
            FileUtils.deleteDirectory(dataDirectory.toFile());
        }
        Files.createDirectories(dataDirectory);
        EmbeddedDatabase database = new EmbeddedDatabase(dataDirectory, keepData, postmaster(dataDirectory, port), databaseName);
        database.createDatabaseIfMissing();
        return database;
    }

    // zonky would delete a data directory it was told to clean on every stop, so the directory is ours to clean
    private static EmbeddedPostgres postmaster(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** Stops the server (fast shutdown: open connections are cut) and keeps its data, as a database outage would. */
    public synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** Starts the server stopped by {@link #stop()} again, on the same port and data directory. */
    public synchronized void restart() throws IOException {
        if (postgres == null) {
            postgres = postmaster(dataDirectory, port);
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, databaseName);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // the name is ours, not user input: identifiers cannot be bound as parameters
                create.execute("create database \"" + databaseName + "\" encoding 'UTF8'");
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + databaseName;
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() throws IOException {
        stop();
        if (!keepData) {
            FileUtils.deleteDirectory(dataDirectory.toFile());
        }
    }
}
