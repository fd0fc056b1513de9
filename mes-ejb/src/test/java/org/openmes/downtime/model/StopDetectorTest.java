package org.openmes.downtime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.telemetry.events.EdgeEvent.Kind;
import org.openmes.telemetry.model.EquipmentSignal;

class StopDetectorTest {
    private static final Instant T0 = Instant.parse("2026-01-07T06:00:00Z");
    private static final StopDetector.State PRODUCING = new StopDetector.State(true, 6, 0, false, false);

    private static StopDetector.Edge state(int number) {
        return new StopDetector.Edge(EquipmentSignal.STATE, Kind.STATE_CHANGED, null, BigDecimal.valueOf(number));
    }

    private static StopDetector.Edge fault(Kind kind, int bit) {
        return new StopDetector.Edge(EquipmentSignal.FAULT_WORD, kind, bit, null);
    }

    private static StopDetector.Edge comms(Kind kind) {
        return new StopDetector.Edge(EquipmentSignal.COMMS, kind, null, null);
    }

    @Test
    void aJamIsOneStopExplainedByItsFaultAndEndsWhenTheMachineExecutesAgain() {
        StopDetector detector = new StopDetector(true, PRODUCING);
        assertEquals(List.of(new StopDetector.Open(T0, 11, DowntimeCategory.UNASSIGNED), new StopDetector.Explain(3)),
                detector.apply(T0, List.of(fault(Kind.FAULT_RAISED, 3), state(11))));
        assertEquals(List.of(new StopDetector.Close(T0.plusSeconds(20))),
                detector.apply(T0.plusSeconds(20), List.of(fault(Kind.FAULT_CLEARED, 3), state(6))));
        assertEquals(new StopDetector.State(true, 6, 0, false, false), detector.state());
    }

    @Test
    void aFaultBeforeTheStateChangeOpensTheStopAndTheStateChangeAddsNothing() {
        StopDetector detector = new StopDetector(true, PRODUCING);
        assertEquals(List.of(new StopDetector.Open(T0, 6, DowntimeCategory.UNASSIGNED), new StopDetector.Explain(5)),
                detector.apply(T0, List.of(fault(Kind.FAULT_RAISED, 5))));
        assertEquals(List.of(), detector.apply(T0.plusMillis(100), List.of(state(11))));
        assertEquals(List.of(), detector.apply(T0.plusSeconds(1), List.of(fault(Kind.FAULT_CLEARED, 5))), "still HELD");
        assertEquals(List.of(new StopDetector.Close(T0.plusSeconds(2))), detector.apply(T0.plusSeconds(2), List.of(state(6))));
    }

    @Test
    void suspendedIsAMaterialStopAndASecondFaultDuringAStopExplainsNothingNew() {
        StopDetector detector = new StopDetector(true, PRODUCING);
        assertEquals(List.of(new StopDetector.Open(T0, 5, DowntimeCategory.MATERIAL)), detector.apply(T0, List.of(state(5))));
        assertEquals(List.of(new StopDetector.Explain(9)), detector.apply(T0.plusSeconds(1), List.of(fault(Kind.FAULT_RAISED, 9))));
    }

    @Test
    void commsLossEndsTheStopAndARestoredStoppedMachineOpensANewOne() {
        StopDetector detector = new StopDetector(true, PRODUCING);
        detector.apply(T0, List.of(state(2)));
        assertEquals(List.of(new StopDetector.Close(T0.plusSeconds(5))), detector.apply(T0.plusSeconds(5), List.of(comms(Kind.COMMS_LOST))));
        assertEquals(List.of(new StopDetector.Open(T0.plusSeconds(9), 2, DowntimeCategory.UNASSIGNED)),
                detector.apply(T0.plusSeconds(9), List.of(comms(Kind.COMMS_RESTORED))));
    }

    @Test
    void aProducingMachineLosingCommsHasNoStop() {
        StopDetector detector = new StopDetector(true, PRODUCING);
        assertEquals(List.of(), detector.apply(T0, List.of(comms(Kind.COMMS_LOST))));
        assertEquals(List.of(), detector.apply(T0.plusSeconds(3), List.of(comms(Kind.COMMS_RESTORED))));
    }

    @Test
    void theRunningBitCountsOnlyWithoutAStateSignal() {
        StopDetector.Edge stopped = new StopDetector.Edge(EquipmentSignal.RUNNING, Kind.STATE_CHANGED, null, BigDecimal.ZERO);
        assertEquals(List.of(), new StopDetector(true, PRODUCING).apply(T0, List.of(stopped)));
        assertEquals(List.of(new StopDetector.Open(T0, null, DowntimeCategory.UNASSIGNED)),
                new StopDetector(false, new StopDetector.State(true, null, 0, false, false)).apply(T0, List.of(stopped)));
    }

    @Test
    void countsChangeNothing() {
        StopDetector detector = new StopDetector(true, PRODUCING);
        assertEquals(List.of(), detector.apply(T0, List.of(new StopDetector.Edge(EquipmentSignal.GOOD_COUNT, Kind.COUNT, null, BigDecimal.TEN))));
        assertEquals(PRODUCING, detector.state());
    }
}
