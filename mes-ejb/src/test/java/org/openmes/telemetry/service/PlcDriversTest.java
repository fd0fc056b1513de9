package org.openmes.telemetry.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openmes.common.InvalidInputException;

/** The real PLC4X drivers judging configuration; nothing listens on the ports used here. */
class PlcDriversTest {

    @Test
    void acceptsConnectionStringsOfEveryBundledDriverWithoutConnecting() {
        assertDoesNotThrow(() -> PlcDrivers.checkConnectionString("connectionString", "modbus-tcp://127.0.0.1:1"));
        assertDoesNotThrow(() -> PlcDrivers.checkConnectionString("connectionString", "s7://127.0.0.1"));
        assertDoesNotThrow(() -> PlcDrivers.checkConnectionString("connectionString", "simulated://line"));
        assertDoesNotThrow(() -> PlcDrivers.checkConnectionString("connectionString", "opcua:tcp://127.0.0.1:1/line?discovery=false"));
    }

    @Test
    void refusesAnUnknownProtocolNamingTheField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PlcDrivers.checkConnectionString("connectionString", "profibus://127.0.0.1"));
        assertEquals("connectionString", refused.getField());
        assertTrue(refused.getMessage().contains("modbus-tcp"), refused.getMessage());
    }

    @Test
    void refusesAConnectionStringTheDriverCannotParse() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PlcDrivers.checkConnectionString("connectionString", "modbus-tcp:/// no host"));
        assertEquals("connectionString", refused.getField());
    }

    @Test
    void acceptsAModbusRegisterAddressAndRefusesNonsense() {
        assertDoesNotThrow(() -> PlcDrivers.checkAddress("address", "modbus-tcp://127.0.0.1:1", "holding-register:13:LINT"));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PlcDrivers.checkAddress("address", "modbus-tcp://127.0.0.1:1", "flux-capacitor:7"));
        assertEquals("address", refused.getField());
    }

    @Test
    void acceptsTheSimulatorsOpcUaNodeAddressesAndRefusesOnesWithoutANamespace() {
        String line = "opcua:tcp://127.0.0.1:1/line?discovery=false";
        assertDoesNotThrow(() -> PlcDrivers.checkAddress("address", line, "ns=2;s=Bagger.FaultWord;LINT"));
        assertDoesNotThrow(() -> PlcDrivers.checkAddress("address", line, "ns=2;s=BasketLoader.TargetCount;UDINT"));
        assertDoesNotThrow(() -> PlcDrivers.checkAddress("address", line, "ns=2;s=Bagger.Running;BOOL"));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PlcDrivers.checkAddress("address", line, "Bagger.FaultWord"));
        assertEquals("address", refused.getField());
    }
}
