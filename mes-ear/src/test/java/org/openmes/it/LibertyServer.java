package org.openmes.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The test server from the outside, for the few tests about the application's life cycle: stopping and
 * starting the deployed application through Liberty's ApplicationMBean (over the local connector that the
 * Arquillian container uses too), and reading the server log.
 */
final class LibertyServer {
    /** The EAR is deployed as mes.ear, hence application "mes". */
    static final String APPLICATION = "mes";
    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    private LibertyServer() {
    }

    /** Stops and starts the application, as a redeploy would, and waits until its REST API answers again. */
    static void restartApplication() {
        try (JMXConnector connector = connectJmx()) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            ObjectName application = new ObjectName(
                    "WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=" + APPLICATION);
            server.invoke(application, "stop", null, null);
            waitFor("application stopped", () -> !"STARTED".equals(state(server, application)));
            server.invoke(application, "start", null, null);
            waitFor("application started", () -> "STARTED".equals(state(server, application)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JMException e) {
            throw new IllegalStateException("Could not restart application " + APPLICATION, e);
        }
        waitFor("REST API answering", () -> Http.get("api/plant/tree").status() == 200);
    }

    /** The server's messages.log as written so far (since the server started). */
    static String messagesLog() {
        try {
            return Files.readString(serverDir().resolve("logs/messages.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How often {@code text} occurs in messages.log. */
    static int countInLog(String text) {
        String log = messagesLog();
        int count = 0;
        for (int at = log.indexOf(text); at >= 0; at = log.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    /** A JMX connection to the server's JVM over its local connector; the caller closes it. */
    static JMXConnector connectJmx() throws IOException {
        return JMXConnectorFactory.connect(new JMXServiceURL(localConnectorAddress()));
    }

    private static String localConnectorAddress() throws IOException {
        return Files.readString(serverDir().resolve("logs/state/com.ibm.ws.jmx.local.address")).trim();
    }

    private static Path serverDir() {
        return Path.of(System.getProperty("mes.test.wlp.dir"), "usr/servers", System.getProperty("mes.test.server.name"));
    }

    private static String state(MBeanServerConnection server, ObjectName application) {
        try {
            return String.valueOf(server.getAttribute(application, "State"));
        } catch (JMException | IOException e) {
            return "UNKNOWN";
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
