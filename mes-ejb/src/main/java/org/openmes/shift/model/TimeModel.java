package org.openmes.shift.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The planned time of one production line: its shift patterns and the calendar entries that apply to it, in the
 * plant's time zone. Pure: the service loads the data, this computes POT and PBT for any window.
 */
public final class TimeModel {
    /** A calendar entry as the model needs it. */
    public record CalendarSpan(CalendarKind kind, Interval span) {
    }

    private final ZoneId zone;
    private final List<ShiftDefinition> shifts;
    private final List<CalendarSpan> calendar;

    public TimeModel(ZoneId zone, List<ShiftDefinition> shifts, List<CalendarSpan> calendar) {
        this.zone = zone;
        this.shifts = List.copyOf(shifts);
        this.calendar = List.copyOf(calendar);
    }

    public PlannedTime plannedTime(Interval window) {
        List<ShiftOccurrence> occurrences = shiftsOverlapping(window);
        IntervalSet shiftTime = IntervalSet.of(occurrences.stream().map(ShiftOccurrence::span).toList()).intersect(window);
        IntervalSet holidays = IntervalSet.of(calendar.stream().filter(c -> !c.kind().isPlannedDownTime()).map(CalendarSpan::span).toList());
        IntervalSet operation = shiftTime.minus(holidays);
        IntervalSet plannedDown = IntervalSet.of(calendar.stream().filter(c -> c.kind().isPlannedDownTime()).map(CalendarSpan::span).toList());
        for (ShiftOccurrence occurrence : occurrences) {
            plannedDown = plannedDown.union(occurrence.breaks());
        }
        return new PlannedTime(window, operation, operation.minus(plannedDown), occurrences);
    }

    /** The shift running at {@code instant}, if any (the earliest-starting one where shifts overlap). */
    public Optional<ShiftOccurrence> shiftAt(Instant instant) {
        return shiftsAt(instant).stream().findFirst();
    }

    /** Every shift running at {@code instant} (more than one where shifts overlap), earliest-starting first. */
    public List<ShiftOccurrence> shiftsAt(Instant instant) {
        return shiftsOverlapping(new Interval(instant, instant.plusNanos(1)));
    }

    private List<ShiftOccurrence> shiftsOverlapping(Interval window) {
        // a shift lasts at most a day, so one that overlaps the window starts at most a day before it
        LocalDate first = window.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = window.end().atZone(zone).toLocalDate();
        List<ShiftOccurrence> found = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (ShiftDefinition shift : shifts) {
                ShiftOccurrence occurrence = shift.on(day, zone);
                if (occurrence != null && occurrence.span().start().isBefore(window.end())
                        && occurrence.span().end().isAfter(window.start())) {
                    found.add(occurrence);
                }
            }
        }
        found.sort(Comparator.comparing((ShiftOccurrence o) -> o.span().start()).thenComparing(ShiftOccurrence::code));
        return found;
    }
}
