package org.openmes.oee.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.shift.model.Interval;

class RecordSpansTest {

    private static Interval span(String from, String to) {
        return new Interval(Instant.parse(from), Instant.parse(to));
    }

    @Test
    void wholeHoursComeFromHourRecordsAndTheEdgesFromMinuteRecords() {
        RecordSpans spans = RecordSpans.of(List.of(span("2026-11-02T06:00:00Z", "2026-11-02T10:00:00Z"),
                span("2026-11-02T10:30:00Z", "2026-11-02T14:00:00Z")));

        assertEquals("{[2026-11-02T06:00:00Z,2026-11-02T10:00:00Z),[2026-11-02T11:00:00Z,2026-11-02T14:00:00Z)}", spans.hours());
        assertEquals("{[2026-11-02T10:30:00Z,2026-11-02T11:00:00Z)}", spans.minutes());
    }

    @Test
    void aSpanWithinOneHourOrAcrossOneHourBoundaryIsReadInMinutes() {
        RecordSpans spans = RecordSpans.of(List.of(span("2026-11-02T06:10:00Z", "2026-11-02T06:40:00Z"),
                span("2026-11-02T07:50:00Z", "2026-11-02T08:20:00Z")));

        assertEquals("{}", spans.hours());
        assertEquals("{[2026-11-02T06:10:00Z,2026-11-02T06:40:00Z),[2026-11-02T07:50:00Z,2026-11-02T08:20:00Z)}",
                spans.minutes());
    }

    @Test
    void noBusyTimeReadsNothing() {
        assertEquals(new RecordSpans("{}", "{}"), RecordSpans.of(List.of()));
    }
}
