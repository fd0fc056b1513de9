package org.openmes.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
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
 * Arquillian container uses too), pausing a message endpoint, and reading the server log. The restart tests
 * ({@code *RestartIT}, which run without Arquillian on a server of their own) also start the server with Liberty's
 * {@code bin/server} script, kill its JVM as {@code kill -9} would, and stop it.
 */
final class LibertyServer {
    /** The EAR is deployed as mes.ear, hence application "mes". */
    static final String APPLICATION = "mes";
    /** The telemetry ingest MDB, as Liberty's ServerEndpointControl names it. */
    static final String INGEST_MDB = APPLICATION + "#mes-ejb.jar#ScanIngestBean";
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

    /**
     * Starts the server with {@code bin/server start}, the EAR deployed as application {@value #APPLICATION}, and
     * waits until its REST API answers. Only for a server no Arquillian container manages (the restart tests').
     */
    static void start() {
        try {
            Path overrides = serverDir().resolve("configDropins/overrides");
            Files.createDirectories(overrides);
            Files.writeString(overrides.resolve("restart-test-application.xml"), "<server><enterpriseApplication id=\""
                    + APPLICATION + "\" name=\"" + APPLICATION + "\" location=\"" + System.getProperty("mes.test.ear")
                    + "\"/></server>\n");
            int exit = script("start");
            if (exit != 0) {
                throw new AssertionError("server start " + serverName() + " ended with " + exit + "; see " + serverDir().resolve("logs")
                        + " (server-script.log, messages.log)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waitFor("REST API answering", () -> answers("api/plant/tree"));
    }

    /** Kills the server's JVM at once, as {@code kill -9} would (SIGKILL: no shutdown hook, no clean stop). */
    static void kill() {
        ProcessHandle jvm = jvm();
        if (!jvm.destroyForcibly()) {
            throw new AssertionError("Could not kill the server's JVM " + jvm.pid());
        }
        waitFor("server JVM gone", () -> !jvm.isAlive());
    }

    /** Stops the server cleanly with {@code bin/server stop}; nothing happens when it is not running. */
    static void stop() {
        try {
            script("stop");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pauses the message endpoint {@code mdb} (application#module#bean), as an operator's {@code server pause} would. */
    static void pauseEndpoint(String mdb) {
        endpoint(mdb, "pause");
    }

    static void resumeEndpoint(String mdb) {
        endpoint(mdb, "resume");
    }

    private static void endpoint(String mdb, String operation) {
        try (JMXConnector connector = connectJmx()) {
            connector.getMBeanServerConnection().invoke(new ObjectName("WebSphere:feature=kernel,name=ServerEndpointControl"),
                    operation, new Object[] {mdb}, new String[] {String.class.getName()});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JMException e) {
            throw new IllegalStateException("Could not " + operation + " endpoint " + mdb, e);
        }
    }

    private static ProcessHandle jvm() {
        Path pidFile = serverDir().resolveSibling(".pid").resolve(serverName() + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("The server's JVM " + pid + " is not running"));
        } catch (IOException e) {
            throw new UncheckedIOException("No pid file " + pidFile + ": is the server running?", e);
        }
    }

    private static int script(String action) throws IOException {
        // into a file, not the test JVM's stdout: failsafe reads that as its channel to the forked JVM
        Files.createDirectories(serverDir().resolve("logs"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("mes.test.wlp.dir"), "bin/server").toString(), action,
                serverName()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(serverDir().resolve("logs/server-script.log").toFile())).start();
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("server " + action + " did not return within " + TIMEOUT);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean answers(String path) {
        try {
            return Http.get(path).status() == 200;
        } catch (UncheckedIOException e) {
            return false; // not listening yet
        }
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
        return Path.of(System.getProperty("mes.test.wlp.dir"), "usr/servers", serverName());
    }

    private static String serverName() {
        return System.getProperty("mes.test.server.name");
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
