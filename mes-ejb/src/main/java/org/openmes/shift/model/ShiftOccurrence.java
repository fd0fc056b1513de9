package org.openmes.shift.model;

import java.time.LocalDate;

/** One shift of a pattern on one day: its span and its breaks (within the span). */
public record ShiftOccurrence(long patternId, String code, LocalDate day, Interval span, IntervalSet breaks) {
}
