package org.openmes.devserver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The demo OpenID provider: the Liberty server built from {@code src/main/liberty/idp} ({@code openidConnectServer-1.0},
 * one demo user per MES role), started next to the MES by the run command and by the integration tests so that
 * single sign-on works without a corporate IdP. It shares the MES's keystore, so each server trusts the other's
 * certificate without a trust store of its own.
 */
public final class DemoIdentityProvider implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DemoIdentityProvider.class.getName());
    private static final long SCRIPT_TIMEOUT_SECONDS = 120;

    /** The demo secrets: generated, never in the repository. */
    public record Secrets(String demoPassword, String mesClientSecret, String erpClientSecret) {
        /** Fresh secrets, for a test run. */
        public static Secrets generate() {
            return new Secrets(KeystorePassword.generate(), KeystorePassword.generate(), KeystorePassword.generate());
        }

        /** The secrets kept in {@code directory} (created on first start, readable by the owner only). */
        public static Secrets readOrCreate(Path directory) throws IOException {
            return new Secrets(KeystorePassword.readOrCreate(directory.resolve("demo-user-password")),
                    KeystorePassword.readOrCreate(directory.resolve("oidc-client-secret")),
                    KeystorePassword.readOrCreate(directory.resolve("erp-client-secret")));
        }
    }

    private final Path wlp;
    private final String serverName;
    private final int httpsPort;

    private DemoIdentityProvider(Path wlp, String serverName, int httpsPort) {
        this.wlp = wlp;
        this.serverName = serverName;
        this.httpsPort = httpsPort;
    }

    /**
     * Starts the provider and returns once it is ready. {@code mesHttpsPort} is where the MES answers (the provider
     * only accepts sign-in redirects back to it); {@code passwordGrant} lets a client fetch a demo user's token with
     * the user's password, which only the tests need.
     */
    public static DemoIdentityProvider start(Path wlp, String serverName, int httpsPort, int mesHttpsPort, Path keystore,
            String keystorePassword, Secrets secrets, boolean passwordGrant) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", serverName).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put("MES_IDP_HTTPS_PORT", Integer.toString(httpsPort));
        environment.put("MES_HTTPS_PORT", Integer.toString(mesHttpsPort));
        environment.put("MES_KEYSTORE_LOCATION", keystore.toString());
        environment.put("MES_KEYSTORE_PASSWORD", keystorePassword);
        environment.put("MES_IDP_DEMO_PASSWORD", secrets.demoPassword());
        environment.put("MES_OIDC_CLIENT_SECRET", secrets.mesClientSecret());
        environment.put("MES_IDP_ERP_CLIENT_SECRET", secrets.erpClientSecret());
        if (passwordGrant) {
            environment.put("MES_IDP_MES_CLIENT_GRANT_TYPES", "authorization_code,refresh_token,password");
        }
        // "server start" returns once the server reports it started, or fails
        int exit = waitFor(builder.start());
        if (exit != 0) {
            throw new IOException("The demo OpenID provider (Liberty server " + serverName + ") did not start: exit " + exit
                    + "; see " + wlp.resolve("usr/servers").resolve(serverName).resolve("logs/messages.log"));
        }
        DemoIdentityProvider provider = new DemoIdentityProvider(wlp, serverName, httpsPort);
        LOG.info(() -> "Demo OpenID provider ready at " + provider.providerUrl());
        return provider;
    }

    /** The provider's issuer URL; discovery, token and key endpoints are below it. */
    public String providerUrl() {
        return providerUrl(httpsPort);
    }

    /** The issuer URL of a demo provider listening on {@code httpsPort}. */
    public static String providerUrl(int httpsPort) {
        return "https://localhost:" + httpsPort + "/oidc/endpoint/OP";
    }

    @Override
    public void close() throws IOException {
        waitFor(new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", serverName).inheritIO().start());
    }

    private static int waitFor(Process process) throws IOException {
        try {
            if (!process.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("Liberty's server script did not return in time");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for Liberty's server script", e);
        }
    }
}
