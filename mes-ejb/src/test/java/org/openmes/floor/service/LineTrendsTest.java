package org.openmes.floor.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineTrendsTest {
    private static final Instant SHIFT = Instant.parse("2026-11-22T06:00:00Z");
    private static final LineTrends.Computed AT_10_20 = new LineTrends.Computed(SHIFT, Instant.parse("2026-11-22T10:20:00Z"), List.of());

    @Test
    void aTrendStandsForOneIntervalWithinItsHourAndShift() {
        assertTrue(LineTrends.current(AT_10_20, SHIFT, Instant.parse("2026-11-22T10:20:59Z"), 60_000));
        assertFalse(LineTrends.current(AT_10_20, SHIFT, Instant.parse("2026-11-22T10:21:00Z"), 60_000), "a minute old");
        assertFalse(LineTrends.current(null, SHIFT, Instant.parse("2026-11-22T10:20:00Z"), 60_000), "never computed");
    }

    @Test
    void aCompletedHourOrAnotherShiftNeedsANewTrend() {
        LineTrends.Computed late = new LineTrends.Computed(SHIFT, Instant.parse("2026-11-22T10:59:50Z"), List.of());
        assertFalse(LineTrends.current(late, SHIFT, Instant.parse("2026-11-22T11:00:01Z"), 60_000), "the 10:00 bar is complete");
        assertFalse(LineTrends.current(AT_10_20, SHIFT.plusSeconds(8 * 3600), Instant.parse("2026-11-22T10:20:01Z"), 60_000));
    }
}
