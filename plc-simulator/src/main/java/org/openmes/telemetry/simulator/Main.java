package org.openmes.telemetry.simulator;

import java.time.Duration;
import java.util.Locale;

/**
 * Runs the simulator standalone: {@code java -jar plc-simulator.jar [--port N] [--bind ADDRESS] [--tick-ms N]
 * [--scenario NAME] [--opcua-port N]}. Defaults: port from system property {@code plc.simulator.port} or 5020 (0 = any
 * free port), bind 127.0.0.1, tick 100 ms, scenario DEMO, no OPC UA server. Prints {@code PLC_SIMULATOR_PORT=<port>}
 * once listening, so a parent process can read the port, and with {@code --opcua-port} (0 = any free port) also
 * {@code PLC_SIMULATOR_OPCUA_PORT=<port>}. Runs until killed.
 */
public final class Main {
    /** The line a parent process waits for on standard output. */
    public static final String PORT_LINE_PREFIX = "PLC_SIMULATOR_PORT=";
    /** The line that tells the OPC UA server's port. */
    public static final String OPCUA_PORT_LINE_PREFIX = "PLC_SIMULATOR_OPCUA_PORT=";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.getInteger("plc.simulator.port", 5020);
        String bind = "127.0.0.1";
        long tickMillis = 100;
        Scenario scenario = Scenario.DEMO;
        Integer opcUaPort = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(required(args[i], value));
                case "--bind" -> bind = required(args[i], value);
                case "--tick-ms" -> tickMillis = Long.parseLong(required(args[i], value));
                case "--scenario" -> scenario = Scenario.valueOf(required(args[i], value).toUpperCase(Locale.ROOT));
                case "--opcua-port" -> opcUaPort = Integer.parseInt(required(args[i], value));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; options: --port N --bind ADDRESS --tick-ms N --scenario MANUAL|NORMAL|MICRO_STOPS|JAM|CHANGEOVER|COMMS_LOSS|DEMO"
                        + " --opcua-port N");
            }
            i++;
        }
        LineSimulator simulator = new LineSimulator(bind, port, Duration.ofMillis(tickMillis), scenario).start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "line-simulator-shutdown"));
        System.out.println(PORT_LINE_PREFIX + simulator.port());
        if (opcUaPort != null) {
            OpcUaLineServer opcUa = new OpcUaLineServer(simulator, bind, opcUaPort).start();
            Runtime.getRuntime().addShutdownHook(new Thread(opcUa::close, "line-simulator-opcua-shutdown"));
            System.out.println(OPCUA_PORT_LINE_PREFIX + opcUa.port());
        }
        System.out.flush();
        Thread.currentThread().join();
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
