package org.openmes.telemetry.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openmes.common.InvalidInputException;

/** The rules a tag and its connection keep when they change or are retired. */
class PlcTagTest {
    private final PlcConnection connection = new PlcConnection("PLC-1", "Line", "modbus-tcp://127.0.0.1:1", true,
            new ScanClasses("fast=100,slow=1000"), 1000, null);

    @Test
    void aChangedTagIsReadTheNewWayButKeepsItsName() {
        PlcTag tag = new PlcTag(connection, "speed", "holding-register:2:UINT", TagDataType.INT, 1, 0, null, 0, "fast");
        tag.change("holding-register:102:UINT", TagDataType.REAL, 0.5, -1, "m/min", 2, "slow");
        assertEquals("speed", tag.getName());
        assertEquals("holding-register:102:UINT", tag.getAddress());
        assertEquals(TagDataType.REAL, tag.getDataType());
        assertEquals(0.5, tag.getScale());
        assertEquals(-1, tag.getValueOffset());
        assertEquals("m/min", tag.getUnit());
        assertEquals(2, tag.getDeadband());
        assertEquals("slow", tag.getScanClass());
    }

    @Test
    void aChangeToAScanClassTheConnectionLacksOrAScaledFaultArrayIsRefusedNamingTheField() {
        PlcTag tag = new PlcTag(connection, "faults", "holding-register:13:LINT", TagDataType.LONG, 1, 0, null, 0, "fast");
        assertEquals("scanClass", assertThrows(InvalidInputException.class,
                () -> tag.change("holding-register:13:LINT", TagDataType.LONG, 1, 0, null, 0, "hourly")).getField());
        assertEquals("scale", assertThrows(InvalidInputException.class,
                () -> tag.change("holding-register:13:LINT", TagDataType.LONG, 2, 0, null, 0, "fast")).getField());
        assertEquals("deadband", assertThrows(InvalidInputException.class,
                () -> tag.change("holding-register:13:LINT", TagDataType.LONG, 1, 0, null, -1, "fast")).getField());
        assertEquals("fast", tag.getScanClass(), "nothing changed");
    }

    @Test
    void aRetiredConnectionIsNoLongerEnabledAndARealTagCannotCarryAFaultWord() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        connection.retire(now);
        assertFalse(connection.isEnabled());
        assertNotNull(connection.getRetiredAt());
        assertEquals("dataType", assertThrows(InvalidInputException.class,
                () -> SignalMapping.requireIntegerFaultWord(EquipmentSignal.FAULT_WORD, TagDataType.REAL, "dataType")).getField());
    }
}
