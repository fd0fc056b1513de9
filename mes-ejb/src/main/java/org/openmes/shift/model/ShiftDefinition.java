package org.openmes.shift.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * A shift pattern as the time model sees it: it starts at {@code start} local time on each of {@code weekdays}
 * between {@code validFrom} and {@code validTo} (inclusive, null = open) and lasts {@code minutes}; its breaks are
 * planned down time.
 */
public record ShiftDefinition(long patternId, String code, LocalTime start, int minutes, Set<DayOfWeek> weekdays,
                              LocalDate validFrom, LocalDate validTo, List<BreakDefinition> breaks) {

    /** A break {@code offsetMinutes} after the shift's start. */
    public record BreakDefinition(String name, int offsetMinutes, int minutes) {
    }

    /** The shift of {@code day}, or null when the pattern has none that day. */
    public ShiftOccurrence on(LocalDate day, ZoneId zone) {
        if (!weekdays.contains(day.getDayOfWeek()) || day.isBefore(validFrom) || (validTo != null && day.isAfter(validTo))) {
            return null;
        }
        ZonedDateTime begins = ZonedDateTime.of(day, start, zone);
        Interval span = new Interval(begins.toInstant(), begins.plusMinutes(minutes).toInstant());
        List<Interval> breakSpans = breaks.stream().map(b -> new Interval(begins.plusMinutes(b.offsetMinutes()).toInstant(),
                begins.plusMinutes((long) b.offsetMinutes() + b.minutes()).toInstant())).toList();
        return new ShiftOccurrence(patternId, code, day, span, IntervalSet.of(breakSpans).intersect(span));
    }
}
