package org.openmes.telemetry.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openmes.telemetry.events.EdgeEvent;
import org.openmes.telemetry.model.EquipmentSignal;

class EdgeEventTopicTest {

    @Test
    void aFaultIsTheKeyOfItsRowAsIdAndItsFieldsExactlyAsJson() {
        EdgeEvent raised = new EdgeEvent(42, EquipmentSignal.FAULT_WORD, Instant.parse("2026-11-22T10:15:30.123456Z"),
                EdgeEvent.Kind.FAULT_RAISED, 63, BigDecimal.ZERO, new BigDecimal("9223372036854775808"), null, null);

        assertEquals("42:FAULT_WORD:2026-11-22T10:15:30.123456Z:FAULT_RAISED:63", EdgeEventTopic.eventId(raised));
        assertEquals("{\"eventId\":\"42:FAULT_WORD:2026-11-22T10:15:30.123456Z:FAULT_RAISED:63\",\"equipmentId\":42,"
                + "\"signal\":\"FAULT_WORD\",\"kind\":\"FAULT_RAISED\",\"occurredAt\":\"2026-11-22T10:15:30.123456Z\","
                + "\"bit\":63,\"oldValue\":0,\"newValue\":9223372036854775808}", EdgeEventTopic.json(raised));
    }

    @Test
    void aCommsLossHasNoBitButItsReason() {
        EdgeEvent lost = new EdgeEvent(7, EquipmentSignal.COMMS, Instant.parse("2026-11-22T10:00:00Z"),
                EdgeEvent.Kind.COMMS_LOST, null, null, null, null, "read timed out");

        assertEquals("7:COMMS:2026-11-22T10:00:00Z:COMMS_LOST:-1", EdgeEventTopic.eventId(lost));
        assertEquals("{\"eventId\":\"7:COMMS:2026-11-22T10:00:00Z:COMMS_LOST:-1\",\"equipmentId\":7,\"signal\":\"COMMS\","
                + "\"kind\":\"COMMS_LOST\",\"occurredAt\":\"2026-11-22T10:00:00Z\",\"reason\":\"read timed out\"}",
                EdgeEventTopic.json(lost));
    }

    @Test
    void aCountCarriesItsIncrement() {
        EdgeEvent count = new EdgeEvent(7, EquipmentSignal.GOOD_COUNT, Instant.parse("2026-11-22T10:00:00.5Z"),
                EdgeEvent.Kind.COUNT, null, new BigDecimal("4294967290"), new BigDecimal("3"), new BigDecimal("9"), null);

        assertEquals("{\"eventId\":\"7:GOOD_COUNT:2026-11-22T10:00:00.500Z:COUNT:-1\",\"equipmentId\":7,"
                + "\"signal\":\"GOOD_COUNT\",\"kind\":\"COUNT\",\"occurredAt\":\"2026-11-22T10:00:00.500Z\","
                + "\"oldValue\":4294967290,\"newValue\":3,\"increment\":9}", EdgeEventTopic.json(count));
    }
}
