package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;

/** Liberty's JVM over its local JMX connector: CPU, heap, GC, and JFR profiles, and pausing a message-driven bean. */
final class LibertyJvm implements AutoCloseable {
    private final JMXConnector connector;
    private final MBeanServerConnection server;

    private LibertyJvm(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
    }

    static LibertyJvm connect() throws IOException {
        return new LibertyJvm(LibertyServer.connectJmx());
    }

    long processCpuNanos() throws JMException, IOException {
        return ((Number) server.getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime")).longValue();
    }

    long heapUsed() throws JMException, IOException {
        return (Long) ((CompositeData) server.getAttribute(new ObjectName("java.lang:type=Memory"), "HeapMemoryUsage")).get("used");
    }

    long gcMillis() throws JMException, IOException {
        long total = 0;
        for (ObjectName collector : server.queryNames(new ObjectName("java.lang:type=GarbageCollector,*"), null)) {
            total += ((Number) server.getAttribute(collector, "CollectionTime")).longValue();
        }
        return total;
    }

    /** Starts a JFR recording {@code name} with the profile settings (execution samples every 10 ms or so). */
    void startProfile(String name) throws JMException, IOException {
        diagnosticCommand("jfrStart", "name=" + name, "settings=profile");
    }

    void stopProfile(String name, Path file) throws JMException, IOException {
        diagnosticCommand("jfrStop", "name=" + name, "filename=" + file);
    }

    private void diagnosticCommand(String operation, String... arguments) throws JMException, IOException {
        server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {arguments}, new String[] {String[].class.getName()});
    }

    void pauseIngest(String mdb) throws JMException, IOException {
        server.invoke(endpointControl(), "pause", new Object[] {mdb}, new String[] {String.class.getName()});
        assertTrue((Boolean) server.invoke(endpointControl(), "isPaused", new Object[] {mdb},
                new String[] {String.class.getName()}), mdb + " paused");
    }

    void resumeIngest(String mdb) throws JMException, IOException {
        server.invoke(endpointControl(), "resume", new Object[] {mdb}, new String[] {String.class.getName()});
    }

    private static ObjectName endpointControl() throws JMException {
        return new ObjectName("WebSphere:feature=kernel,name=ServerEndpointControl");
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
