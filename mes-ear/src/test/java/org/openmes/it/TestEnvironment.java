package org.openmes.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.openmes.devserver.DemoIdentityProvider;
import org.openmes.devserver.EmbeddedDatabase;
import org.openmes.devserver.KeystorePassword;
import org.openmes.telemetry.simulator.LineSimulator;
import org.openmes.telemetry.simulator.Scenario;

/**
 * Runs before Arquillian starts Liberty: starts a throw-away PostgreSQL on a free port, picks free HTTP and
 * HTTPS ports, generates a keystore password (Liberty then generates a new self-signed certificate), and hands all
 * of it to the test server through a configDropins/overrides file, so the server.xml under test is the production
 * one. Several builds can run on one machine at once.
 */
public class TestEnvironment implements LauncherSessionListener {
    /** System property holding the HTTP port of the test server (also read by arquillian.xml). */
    public static final String HTTP_PORT = "mes.test.http.port";
    /** System property holding the HTTPS port of the test server. */
    public static final String HTTPS_PORT = "mes.test.https.port";
    /**
     * System property holding the JDBC URL of the test database (superuser {@link EmbeddedDatabase#USER}, no
     * password), for tests that must look at or tamper with rows behind the application's back.
     */
    public static final String DB_URL = "mes.test.db.url";
    /** System property holding the issuer URL of the test run's OpenID provider. */
    public static final String IDP_URL = "mes.test.idp.url";
    /** System property holding the password of every demo user at the test run's OpenID provider. */
    public static final String IDP_DEMO_PASSWORD = "mes.test.idp.demo-password";
    /** System property holding the secret of the MES's client at the OpenID provider. */
    public static final String IDP_MES_CLIENT_SECRET = "mes.test.idp.mes-client-secret";
    /** System property holding the secret of the demo ERP's client (client credentials) at the OpenID provider. */
    public static final String IDP_ERP_CLIENT_SECRET = "mes.test.idp.erp-client-secret";

    /** The sender address of the test server's andon e-mails. */
    static final String MAIL_FROM = "andon@mes.test";
    /** The token the test server sends to the SMS gateway. */
    static final String SMS_TOKEN = "test-sms-token";

    private static volatile LineSimulator simulator;
    private static volatile EmbeddedDatabase database;
    private static volatile GreenMail mailServer;
    private static volatile SmsGatewayStub smsGateway;
    private DemoIdentityProvider identityProvider;

    /** The line simulator the demo plant's PLC connection polls (Modbus TCP on a free port; scenario MANUAL). */
    public static LineSimulator simulator() {
        return simulator;
    }

    /** The SMTP server the test server sends andon e-mails to (GreenMail on a free port; any address is accepted). */
    static GreenMail mailServer() {
        return mailServer;
    }

    /** The SMS gateway the test server posts andon text messages to. */
    static SmsGatewayStub smsGateway() {
        return smsGateway;
    }

    /** The test server's PostgreSQL, for tests that stop and restart it (same port, same data). */
    public static EmbeddedDatabase database() {
        return database;
    }

    /** A new JDBC connection to the test server's database, as its superuser; the caller closes it. */
    public static java.sql.Connection connectToDatabase() throws SQLException {
        java.util.Properties user = new java.util.Properties();
        user.setProperty("user", EmbeddedDatabase.USER);
        return java.sql.DriverManager.getConnection(System.getProperty(DB_URL), user);
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String wlpDir = System.getProperty("mes.test.wlp.dir");
        if (wlpDir == null || database != null) {
            return; // not an integration-test run (no Liberty server to prepare)
        }
        try {
            Path serverDir = Path.of(wlpDir, "usr/servers", System.getProperty("mes.test.server.name"));
            // Arquillian redeploys the EAR for every test class, and each redeploy keeps some memory of the last
            // (one full run exhausted the production 1 GiB after about 30 of them); the last -Xmx wins.
            Files.writeString(serverDir.resolve("jvm.options"), "\n-Xmx3g\n", StandardOpenOption.APPEND);
            database = EmbeddedDatabase.start(Files.createTempDirectory("mes-it-postgres"), 0, false, "mes");
            int httpPort = freePort();
            int httpsPort = freePort();
            System.setProperty(HTTP_PORT, Integer.toString(httpPort));
            System.setProperty(HTTPS_PORT, Integer.toString(httpsPort));
            System.setProperty(DB_URL, database.jdbcUrl());
            // telemetry: the line simulator the demo PLC connection points at (DemoTelemetryLoader)
            simulator = new LineSimulator("127.0.0.1", 0, java.time.Duration.ofMillis(100), Scenario.MANUAL).start();
            String telemetryVariables = "<variable name=\"mes.telemetry.demo.simulator-port\" value=\""
                    + simulator.port() + "\"/><variable name=\"mes.telemetry.ingest.stuck-after-seconds\" value=\"15\"/>"
                    + "<variable name=\"mes.messaging.store.dir\" value=\""
                    + Files.createTempDirectory("mes-it-messaging") + "\"/>"
                    // EdgeEventTopicIT's subscriber application (org.openmes.it.subscriber): faults only, by selector
                    + "<jmsActivationSpec id=\"edge-subscriber/EdgeEventRecorder\">"
                    + "<properties.wasJms destinationRef=\"telemetryEdgeEvents\" destinationType=\"jakarta.jms.Topic\""
                    + " messageSelector=\"kind IN ('FAULT_RAISED', 'FAULT_CLEARED')\"/></jmsActivationSpec>";
            // andon notifications: a real SMTP server and an SMS gateway in this JVM; quick rounds and retries
            mailServer = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mailServer.start();
            smsGateway = SmsGatewayStub.start();
            String notificationVariables = "<variable name=\"mes.andon.notify.email.enabled\" value=\"true\"/>"
                    + "<variable name=\"mes.mail.host\" value=\"127.0.0.1\"/><variable name=\"mes.mail.port\" value=\""
                    + mailServer.getSmtp().getPort() + "\"/><variable name=\"mes.mail.from\" value=\"" + MAIL_FROM + "\"/>"
                    + "<variable name=\"mes.andon.notify.sms.url\" value=\"" + smsGateway.url() + "\"/>"
                    + "<variable name=\"mes.andon.notify.sms.token\" value=\"" + SMS_TOKEN + "\"/>"
                    + "<variable name=\"mes.andon.notify.poll-seconds\" value=\"1\"/>"
                    + "<variable name=\"mes.andon.notify.retry-seconds\" value=\"1\"/>"
                    + "<variable name=\"mes.andon.notify.retention-round-seconds\" value=\"2\"/>";
            String keystorePassword = KeystorePassword.generate();
            Path keystore = serverDir.resolve("resources/security/key.p12");
            KeystorePassword.discardKeystoreNotOpenedBy(keystore, keystorePassword);
            // the provider starts first and generates the keystore both servers then share
            DemoIdentityProvider.Secrets secrets = DemoIdentityProvider.Secrets.generate();
            identityProvider = DemoIdentityProvider.start(Path.of(wlpDir), System.getProperty("mes.test.idp.server.name"),
                    freePort(), httpsPort, keystore, keystorePassword, secrets, true);
            System.setProperty(IDP_URL, identityProvider.providerUrl());
            System.setProperty(IDP_DEMO_PASSWORD, secrets.demoPassword());
            System.setProperty(IDP_MES_CLIENT_SECRET, secrets.mesClientSecret());
            System.setProperty(IDP_ERP_CLIENT_SECRET, secrets.erpClientSecret());
            Path overrides = serverDir.resolve("configDropins/overrides");
            Files.createDirectories(overrides);
            Files.writeString(overrides.resolve("test-environment.xml"), """
                    <server>
                        <!-- Arquillian deploys through JMX and watches dropins -->
                        <featureManager>
                            <feature>localConnector-1.0</feature>
                        </featureManager>
                        <applicationMonitor updateTrigger="mbean" dropinsEnabled="true"/>
                        <variable name="mes.http.port" value="%d"/>
                        <variable name="mes.https.port" value="%d"/>
                        <variable name="mes.db.url" value="%s"/>
                        <variable name="mes.db.user" value="%s"/>
                        <variable name="mes.db.password" value="embedded"/>
                        <variable name="mes.demo-data.enabled" value="true"/>
                        <variable name="mes.keystore.password" value="%s"/>
                        <variable name="mes.oidc.provider-url" value="%s"/>
                        <variable name="mes.oidc.client-secret" value="%s"/>
                        <!-- the demo provider does not send auth_time (docs/security.md) -->
                        <variable name="mes.signature.require-auth-time" value="false"/>
                        <!-- short enough for KioskIT to see an idle kiosk sign its operator out -->
                        <variable name="mes.kiosk.idle-timeout" value="PT10S"/>
                        %s
                    </server>
                    """.formatted(httpPort, httpsPort, database.jdbcUrl(), EmbeddedDatabase.USER, keystorePassword,
                    identityProvider.providerUrl(), secrets.mesClientSecret(), telemetryVariables + notificationVariables));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the integration-test environment", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the integration-test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
        if (mailServer != null) {
            mailServer.stop();
            mailServer = null;
        }
        if (smsGateway != null) {
            smsGateway.close();
            smsGateway = null;
        }
        try (EmbeddedDatabase closingDatabase = database; DemoIdentityProvider closingProvider = identityProvider) {
            database = null;
            identityProvider = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the integration-test database or OpenID provider", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
