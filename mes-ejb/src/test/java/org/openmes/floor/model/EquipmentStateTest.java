package org.openmes.floor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class EquipmentStateTest {
    private static final int EXECUTE = 6;
    private static final int HELD = 11;

    @Test
    void anOpenStopIsDownWhateverTheSignalsSay() {
        assertEquals(EquipmentState.DOWN, EquipmentState.of(true, false, EXECUTE, true));
        assertEquals(EquipmentState.DOWN, EquipmentState.of(true, true, null, null), "a stop entered by hand while comms are lost");
    }

    @Test
    void communicationLossIsUnknownNeverDown() {
        assertEquals(EquipmentState.UNKNOWN, EquipmentState.of(false, true, HELD, false));
    }

    @Test
    void onlyExecuteOrTheRunningBitIsRunning() {
        assertEquals(EquipmentState.RUNNING, EquipmentState.of(false, false, EXECUTE, false), "the PackML state wins over the bit");
        assertEquals(EquipmentState.IDLE, EquipmentState.of(false, false, HELD, true));
        assertEquals(EquipmentState.RUNNING, EquipmentState.of(false, false, null, true));
        assertEquals(EquipmentState.IDLE, EquipmentState.of(false, false, null, false));
        assertEquals(EquipmentState.UNKNOWN, EquipmentState.of(false, false, null, null), "no signal at all");
    }

    @Test
    void theSignalsAloneShowAStopAsTheTrackerWillRecordIt() {
        assertEquals(EquipmentState.DOWN, EquipmentState.fromSignals(false, 8L, EXECUTE, true), "a raised fault bit stops the machine");
        assertEquals(EquipmentState.DOWN, EquipmentState.fromSignals(false, 0L, HELD, true), "not producing is a stop");
        assertEquals(EquipmentState.RUNNING, EquipmentState.fromSignals(false, 0L, EXECUTE, false), "the PackML state wins over the bit");
        assertEquals(EquipmentState.DOWN, EquipmentState.fromSignals(false, null, null, false));
        assertEquals(EquipmentState.UNKNOWN, EquipmentState.fromSignals(true, 8L, HELD, false), "communication loss is never down");
        assertEquals(EquipmentState.UNKNOWN, EquipmentState.fromSignals(false, 0L, null, null), "no fault, but nothing says it produces");
        assertNull(EquipmentState.fromSignals(false, null, null, null), "nothing known");
    }

    @Test
    void aLineIsAsBadAsItsWorstMachine() {
        assertEquals(EquipmentState.DOWN, EquipmentState.worst(List.of(EquipmentState.RUNNING, EquipmentState.DOWN, EquipmentState.IDLE)));
        assertEquals(EquipmentState.IDLE, EquipmentState.worst(List.of(EquipmentState.RUNNING, EquipmentState.IDLE)));
        assertEquals(EquipmentState.UNKNOWN, EquipmentState.worst(List.of()));
    }
}
