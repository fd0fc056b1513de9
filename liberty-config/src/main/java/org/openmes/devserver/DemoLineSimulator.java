package org.openmes.devserver;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.openmes.telemetry.simulator.LineSimulator;
import org.openmes.telemetry.simulator.OpcUaLineServer;
import org.openmes.telemetry.simulator.Scenario;

/**
 * The run command's packaging line: starts the line simulator (module plc-simulator, Modbus TCP) in the launcher's
 * process, playing the DEMO scenario, and hands its port to Liberty as {@code MES_TELEMETRY_DEMO_SIMULATOR_PORT}, so
 * the demo plant's PLC connection polls it ({@code org.openmes.platform.DemoTelemetryLoader}).
 * Settings: {@code MES_SIMULATOR_ENABLED} (default true), {@code MES_SIMULATOR_PORT} (default 0 = any free port),
 * {@code MES_SIMULATOR_OPCUA_PORT} (default unset = no OPC UA server; 0 = any free port): the same line over OPC UA
 * (security None, anonymous: demo only) for an OPC UA client or a PLC connection of one's own. Off by default because
 * the demo plant polls Modbus and Milo's server adds seconds to the start.
 */
final class DemoLineSimulator {
    private static final Logger LOG = Logger.getLogger(DemoLineSimulator.class.getName());

    private DemoLineSimulator() {
    }

    /** Starts the simulator unless switched off and puts its port into Liberty's environment; stops with this JVM. */
    static void startFor(Map<String, String> libertyEnvironment) {
        if (!Boolean.parseBoolean(setting("mes.simulator.enabled", "true"))) {
            return;
        }
        LineSimulator simulator = new LineSimulator("127.0.0.1", Integer.parseInt(setting("mes.simulator.port", "0")),
                Duration.ofMillis(100), Scenario.DEMO).start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "line-simulator-stop"));
        libertyEnvironment.put("MES_TELEMETRY_DEMO_SIMULATOR_PORT", Integer.toString(simulator.port()));
        LOG.info(() -> "Line simulator (bagger + basket loader, Modbus TCP) on 127.0.0.1:" + simulator.port());
        String opcUaPort = setting("mes.simulator.opcua.port", "");
        if (!opcUaPort.isEmpty()) {
            OpcUaLineServer opcUa = new OpcUaLineServer(simulator, "127.0.0.1", Integer.parseInt(opcUaPort)).start();
            Runtime.getRuntime().addShutdownHook(new Thread(opcUa::close, "line-simulator-opcua-stop"));
            LOG.info(() -> "The same line over OPC UA on " + opcUa.endpointUrl() + " (namespace index "
                    + opcUa.namespaceIndex() + ", security None, anonymous: demo only)");
        }
    }

    private static String setting(String key, String defaultValue) {
        String value = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        if (value == null) {
            value = System.getProperty(key);
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
