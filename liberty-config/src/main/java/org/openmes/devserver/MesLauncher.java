package org.openmes.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run command's process: starts the database (embedded unless {@code MES_DB_URL} / {@code mes.db.url}
 * is set), then {@code server run} of the Liberty server in the foreground with the database settings in its
 * environment. When this process is asked to stop (Ctrl-C, SIGTERM) it stops Liberty first, then the database.
 *
 * <p>Arguments: the Liberty install directory and the server name. Settings (environment variable or system
 * property): {@code MES_DB_URL}/{@code MES_DB_USER}/{@code MES_DB_PASSWORD} for an external database;
 * {@code MES_DATA_DIR} (default {@code ~/.mes}) and {@code MES_EMBEDDED_DB_PORT} (default 0 = any free port)
 * for the embedded one; {@code MES_DEMO_DATA_ENABLED} (default true with the embedded database);
 * {@code MES_KEYSTORE_PASSWORD} (default: generated on first start, kept in {@code <MES_DATA_DIR>/keystore-password}).
 */
public final class MesLauncher {
    private static final Logger LOG = Logger.getLogger(MesLauncher.class.getName());
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private MesLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: MesLauncher <liberty install dir> <server name>");
        }
        Path wlp = Path.of(args[0]);
        String serverName = args[1];

        EmbeddedDatabase database = null;
        ProcessBuilder liberty = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", serverName).inheritIO();
        Map<String, String> environment = liberty.environment();
        Path dataDirectory = Path.of(setting("mes.data.dir", System.getProperty("user.home") + "/.mes"));
        environment.put("MES_KEYSTORE_PASSWORD", keystorePassword(dataDirectory, wlp.resolve("usr/servers").resolve(serverName)));
        if (setting("mes.db.url", null) == null) {
            int port = Integer.parseInt(setting("mes.embedded-db.port", "0"));
            boolean firstStart = !Files.exists(dataDirectory.resolve("postgres/postgresql.conf"));
            database = EmbeddedDatabase.start(dataDirectory.resolve("postgres"), port, true, "mes");
            environment.put("MES_DB_URL", database.jdbcUrl());
            environment.put("MES_DB_USER", EmbeddedDatabase.USER);
            // the embedded cluster trusts local connections; the value only has to be non-empty for Liberty
            environment.put("MES_DB_PASSWORD", "embedded");
            environment.put("MES_DEMO_DATA_ENABLED", setting("mes.demo-data.enabled", "true"));
            LOG.info(() -> "Embedded PostgreSQL " + (firstStart ? "created" : "reused") + " in " + dataDirectory.resolve("postgres")
                    + ", listening at " + environment.get("MES_DB_URL") + " (user postgres)");
        } else {
            LOG.info(() -> "Using the external database " + setting("mes.db.url", null));
        }

        DemoLineSimulator.startFor(environment);
        Process server = liberty.start();
        EmbeddedDatabase started = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(wlp, serverName, server, started), "mes-launcher-stop"));
        LOG.info(() -> "OpenMES starts at http://localhost:" + setting("mes.http.port", "9080") + "/ and https://localhost:"
                + setting("mes.https.port", "9443") + "/ (self-signed certificate); Ctrl-C stops it");
        int exit = server.waitFor();
        closeDatabase(started);
        System.exit(exit);
    }

    /**
     * {@code MES_KEYSTORE_PASSWORD} when set, else the one generated on first start in {@code <data dir>/keystore-password}.
     * A keystore Liberty generated earlier with another password is dropped, unless {@code MES_KEYSTORE_LOCATION}
     * points at a keystore of the user's own.
     */
    private static String keystorePassword(Path dataDirectory, Path serverDirectory) throws IOException {
        String password = setting("mes.keystore.password", null);
        if (password == null) {
            password = KeystorePassword.readOrCreate(dataDirectory.resolve("keystore-password"));
        }
        if (setting("mes.keystore.location", null) == null) {
            KeystorePassword.discardKeystoreNotOpenedBy(serverDirectory.resolve("resources/security/key.p12"), password);
        }
        return password;
    }

    /** Environment variable (MES_DB_URL) first, then system property (mes.db.url), then the default. */
    private static String setting(String key, String defaultValue) {
        String fromEnvironment = System.getenv(key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return System.getProperty(key, defaultValue);
    }

    private static void stop(Path wlp, String serverName, Process server, EmbeddedDatabase database) {
        try {
            if (server.isAlive()) {
                new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", serverName).inheritIO().start()
                        .waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (!server.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warning("Liberty did not stop in time; killing it");
                    server.destroyForcibly();
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not run 'server stop'; killing Liberty", e);
            server.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroyForcibly();
        }
        closeDatabase(database);
    }

    private static void closeDatabase(EmbeddedDatabase database) {
        if (database == null) {
            return;
        }
        try {
            database.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not stop the embedded PostgreSQL cleanly", e);
        }
    }
}
