package org.openmes.telemetry.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * The same packaging line as {@link LineSimulator}'s Modbus server, served over OPC UA (Eclipse Milo): one variable
 * per machine value in a namespace of its own ({@link #NAMESPACE_URI}, index 2 on this server), read from the line's
 * latest tick, so both protocols show one line. Node ids are strings {@code <Machine>.<Value>}, e.g.
 * {@code ns=2;s=Bagger.FaultWord} (see {@link LineNamespace}); {@code TargetCount} is writable and lands where a Modbus
 * client would write it.
 * <p>
 * Demo only: one endpoint with security policy None and anonymous identity, no certificate, nothing encrypted or
 * authenticated. It drops off the network with the Modbus server (the scenarios' comms loss).
 */
public final class OpcUaLineServer implements AutoCloseable {
    /** The namespace of the line's variables. */
    public static final String NAMESPACE_URI = "urn:openmes:plc-simulator:line";
    /** The endpoint's path: {@code opc.tcp://host:port/line}. */
    public static final String PATH = "/line";

    private static final Logger LOG = Logger.getLogger(OpcUaLineServer.class.getName());
    private static final String APPLICATION_URI = "urn:openmes:plc-simulator";

    private final LineSimulator line;
    private final String bindAddress;
    private final int port;
    private final OpcUaServerConfig config;
    private OpcUaServer server;
    private LineNamespace namespace;
    private int namespaceIndex;
    private boolean closed;

    /**
     * @param line        the line whose values the server shows
     * @param bindAddress interface to listen on, e.g. {@code 127.0.0.1}; also the host name in the endpoint
     * @param port        TCP port; 0 picks a free one ({@link #port()} tells which)
     */
    public OpcUaLineServer(LineSimulator line, String bindAddress, int port) {
        this.line = line;
        this.bindAddress = bindAddress;
        this.port = port == 0 ? freePort(bindAddress) : port;
        EndpointConfig endpoint = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress(bindAddress)
                .setBindPort(this.port)
                .setHostname(bindAddress)
                .setPath(PATH)
                .setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS)
                .build();
        config = OpcUaServerConfig.builder()
                .setApplicationUri(APPLICATION_URI)
                .setProductUri(APPLICATION_URI)
                .setApplicationName(LocalizedText.english("OpenMES line simulator"))
                .setBuildInfo(new BuildInfo(APPLICATION_URI, "OpenMES", "OpenMES line simulator",
                        OpcUaServer.SDK_VERSION, "", DateTime.now()))
                .setEndpoints(Set.of(endpoint))
                .setIdentityValidator(AnonymousIdentityValidator.INSTANCE)
                .build();
    }

    /**
     * Starts serving, and from now on follows the line's network: when the line goes offline (a comms-loss scenario
     * or {@link LineSimulator#cutConnectionFor}) the server stops, and a new one starts on the same port when the line
     * is back. Returns this for chaining.
     */
    public OpcUaLineServer start() {
        serve();
        line.onOnlineChange(this::follow);
        LOG.info(() -> "Line simulator serving OPC UA on " + endpointUrl() + " (security None, anonymous: demo only)");
        return this;
    }

    /** The TCP port the server listens on (the real one when 0 was asked for). */
    public int port() {
        return port;
    }

    /** {@code opc.tcp://<bind address>:<port>/line}. */
    public String endpointUrl() {
        return "opc.tcp://" + bindAddress + ":" + port + PATH;
    }

    /** The index of {@link #NAMESPACE_URI} on this server, the {@code ns=} of every line variable. */
    public synchronized int namespaceIndex() {
        return namespaceIndex;
    }

    @Override
    public synchronized void close() {
        closed = true;
        stopServing();
    }

    private void follow(boolean online) {
        if (online) {
            serve();
        } else {
            stopServing();
        }
    }

    /** Milo's server does not start again after a shutdown, so every start is a new one on the same port. */
    private synchronized void serve() {
        if (server != null || closed) {
            return;
        }
        OpcUaServer started = new OpcUaServer(config, profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
        LineNamespace lineNamespace = new LineNamespace(started, line);
        lineNamespace.startup();
        try {
            started.startup().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the OPC UA server", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot start the OPC UA server on " + endpointUrl(), e);
        }
        server = started;
        namespace = lineNamespace;
        namespaceIndex = lineNamespace.getNamespaceIndex().intValue();
    }

    private synchronized void stopServing() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "OPC UA server did not stop cleanly", e);
        } finally {
            namespace.shutdown();
            server = null;
            namespace = null;
        }
    }

    /**
     * Milo advertises the configured port in its endpoints, so port 0 is resolved here rather than by the socket: a
     * port free now, which another process could take before the server binds it (then start() fails, it is not
     * silent).
     */
    private static int freePort(String bindAddress) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(bindAddress))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + bindAddress, e);
        }
    }
}
