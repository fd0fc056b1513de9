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
 * <p>Unless {@code MES_OIDC_PROVIDER_URL} names the plant's own OpenID provider, it first starts the demo provider
 * ({@link DemoIdentityProvider}, HTTPS port {@code MES_IDP_HTTPS_PORT}, default 9444) with secrets generated on first
 * start in {@code <MES_DATA_DIR>/idp}: the demo users' password is in {@code demo-user-password} there.
 *
 * <p>Arguments: the Liberty install directory, the MES server name and the demo provider's server name. Settings
 * (environment variable or system property): {@code MES_DB_URL}/{@code MES_DB_USER}/{@code MES_DB_PASSWORD} for an external database;
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
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: MesLauncher <liberty install dir> <server name> <demo OpenID provider server name>");
        }
        Path wlp = Path.of(args[0]);
        String serverName = args[1];

        EmbeddedDatabase database = null;
        ProcessBuilder liberty = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", serverName).inheritIO();
        Map<String, String> environment = liberty.environment();
        Path dataDirectory = Path.of(setting("mes.data.dir", System.getProperty("user.home") + "/.mes"));
        String keystorePassword = keystorePassword(dataDirectory, wlp.resolve("usr/servers").resolve(serverName));
        environment.put("MES_KEYSTORE_PASSWORD", keystorePassword);
        DemoIdentityProvider identityProvider = null;
        if (setting("mes.oidc.provider-url", null) == null) {
            Path keystore = Path.of(setting("mes.keystore.location",
                    wlp.resolve("usr/servers").resolve(serverName).resolve("resources/security/key.p12").toString()));
            Path secretsDirectory = dataDirectory.resolve("idp");
            Files.createDirectories(secretsDirectory);
            DemoIdentityProvider.Secrets secrets = DemoIdentityProvider.Secrets.readOrCreate(secretsDirectory);
            identityProvider = DemoIdentityProvider.start(wlp, args[2], Integer.parseInt(setting("mes.idp.https.port", "9444")),
                    Integer.parseInt(setting("mes.https.port", "9443")), keystore, keystorePassword, secrets, false);
            environment.put("MES_OIDC_PROVIDER_URL", identityProvider.providerUrl());
            environment.put("MES_OIDC_CLIENT_SECRET", secrets.mesClientSecret());
            // the demo provider does not send auth_time; a corporate provider does (docs/security.md)
            environment.put("MES_SIGNATURE_REQUIRE_AUTH_TIME", "false");
            LOG.info(() -> "Demo users (admin, production-manager, shift-manager, planner, engineer, maintenance, quality, operator, viewer)"
                    + " sign in with the password in " + secretsDirectory.resolve("demo-user-password")
                    + "; the demo ERP's client secret (client id erp) is in " + secretsDirectory.resolve("erp-client-secret"));
        } else {
            LOG.info(() -> "Signing in at the OpenID provider " + setting("mes.oidc.provider-url", null));
        }
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
        DemoIdentityProvider provider = identityProvider;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(wlp, serverName, server, started);
            close(provider, "demo OpenID provider");
        }, "mes-launcher-stop"));
        LOG.info(() -> "OpenMES starts at http://localhost:" + setting("mes.http.port", "9080") + "/ and https://localhost:"
                + setting("mes.https.port", "9443") + "/ (self-signed certificate); Ctrl-C stops it");
        int exit = server.waitFor();
        close(started, "embedded PostgreSQL");
        close(provider, "demo OpenID provider");
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
        close(database, "embedded PostgreSQL");
    }

    /** Closes {@code resource} if there is one; a failure is logged, since the process is ending anyway. */
    private static void close(AutoCloseable resource, String what) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not stop the " + what + " cleanly", e);
        }
    }
}
