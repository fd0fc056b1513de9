package org.openmes.telemetry.service;

import org.apache.plc4x.java.DefaultPlcDriverManager;
import org.apache.plc4x.java.api.PlcDriver;
import org.apache.plc4x.java.api.PlcDriverManager;
import org.openmes.common.InvalidInputException;

/**
 * Lets the PLC4X drivers judge configuration before it is saved: a connection string the driver cannot parse,
 * a protocol no driver speaks, an address the driver rejects are refused with the driver's own reason. Nothing is
 * connected: {@code PlcDriver.getConnection} parses and builds, only {@code connect()} opens a socket.
 */
public final class PlcDrivers {
    // the drivers live in the EAR's lib/; found through this class's loader, not the thread's
    private static final PlcDriverManager DRIVERS = new DefaultPlcDriverManager(PlcDrivers.class.getClassLoader());

    private PlcDrivers() {
    }

    /** Refuses {@code connectionString} (field {@code field}) unless a driver parses it. */
    public static void checkConnectionString(String field, String connectionString) {
        PlcDriver driver = driverFor(field, connectionString);
        try {
            // parsed and built, never connected: no socket or thread to release, and close() on an unconnected
            // connection fails in some drivers (s7), so it is not called
            driver.getConnection(connectionString);
        } catch (Exception e) {
            throw new InvalidInputException(field, "PLC4X driver '" + driver.getProtocolCode() + "' refuses it: "
                    + reason(e));
        }
    }

    /** Refuses {@code address} (field {@code field}) unless the connection's driver parses it as a tag. */
    public static void checkAddress(String field, String connectionString, String address) {
        PlcDriver driver = driverFor("connectionString", connectionString);
        try {
            driver.prepareTag(address);
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "PLC4X driver '" + driver.getProtocolCode() + "' refuses address '"
                    + address + "': " + reason(e));
        }
    }

    private static PlcDriver driverFor(String field, String connectionString) {
        try {
            return DRIVERS.getDriverForUrl(connectionString);
        } catch (Exception e) {
            throw new InvalidInputException(field, reason(e) + " (known protocols: " + DRIVERS.getProtocolCodes() + ")");
        }
    }

    private static String reason(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
