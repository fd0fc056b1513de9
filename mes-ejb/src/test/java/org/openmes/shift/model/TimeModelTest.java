package org.openmes.shift.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimeModelTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** Three shifts of 8 h, Mon–Fri, each with a 30 min break after 4 h; the night shift runs past midnight. */
    private static List<ShiftDefinition> threeShifts() {
        return List.of(shift(1, "EARLY", "06:00"), shift(2, "LATE", "14:00"), shift(3, "NIGHT", "22:00"));
    }

    private static ShiftDefinition shift(long id, String code, String start) {
        return new ShiftDefinition(id, code, LocalTime.parse(start), 480, WEEKDAYS, LocalDate.of(2026, 1, 1), null,
                List.of(new ShiftDefinition.BreakDefinition("lunch", 240, 30)));
    }

    private static Instant berlin(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void aWorkingDayOfThreeShiftsIs24HoursOfOperationAndTwentyTwoAndAHalfBusy() {
        TimeModel model = new TimeModel(BERLIN, threeShifts(), List.of());
        PlannedTime day = model.plannedTime(new Interval(berlin("2026-01-07T00:00"), berlin("2026-01-08T00:00")));
        assertEquals(Duration.ofHours(24), day.pot());
        // the night shift of the 6th ends at 06:00 on the 7th: its break (02:00–02:30) lies in the window, as do the
        // early and late breaks; the break of the night shift that starts at 22:00 falls on the 8th
        assertEquals(Duration.ofHours(24).minusMinutes(3 * 30), day.pbt());
        assertEquals(4, day.shifts().size());
    }

    @Test
    void theNightShiftOfFridayRunsIntoSaturdayAndNoShiftStartsOnTheWeekend() {
        TimeModel model = new TimeModel(BERLIN, threeShifts(), List.of());
        PlannedTime saturday = model.plannedTime(new Interval(berlin("2026-01-10T00:00"), berlin("2026-01-11T00:00")));
        assertEquals(Duration.ofHours(6), saturday.pot());
        assertEquals(Duration.ofMinutes(330), saturday.pbt());
        assertEquals("NIGHT", saturday.shifts().get(0).code());
    }

    @Test
    void aHolidayRemovesOperationAndAMeetingIsPlannedDownTimeWithinIt() {
        List<TimeModel.CalendarSpan> calendar = List.of(
                new TimeModel.CalendarSpan(CalendarKind.HOLIDAY, new Interval(berlin("2026-01-07T00:00"), berlin("2026-01-08T00:00"))),
                new TimeModel.CalendarSpan(CalendarKind.MEETING, new Interval(berlin("2026-01-08T07:00"), berlin("2026-01-08T07:45"))),
                // planned maintenance overlapping the break counts once
                new TimeModel.CalendarSpan(CalendarKind.PLANNED_MAINTENANCE, new Interval(berlin("2026-01-08T10:15"), berlin("2026-01-08T11:00"))));
        TimeModel model = new TimeModel(BERLIN, threeShifts(), calendar);
        PlannedTime holiday = model.plannedTime(new Interval(berlin("2026-01-07T06:00"), berlin("2026-01-07T14:00")));
        assertEquals(Duration.ZERO, holiday.pot());
        assertEquals(Duration.ZERO, holiday.pbt());
        PlannedTime early = model.plannedTime(new Interval(berlin("2026-01-08T06:00"), berlin("2026-01-08T14:00")));
        assertEquals(Duration.ofHours(8), early.pot());
        // break 10:00–10:30 ∪ maintenance 10:15–11:00 = 60 min, meeting 45 min
        assertEquals(Duration.ofMinutes(480 - 60 - 45), early.pbt());
        assertEquals(Duration.ofMinutes(105), early.pdot());
    }

    @Test
    void theDaylightSavingNightIsAnHourShorterInRealTime() {
        ShiftDefinition night = new ShiftDefinition(3, "NIGHT", LocalTime.of(22, 0), 480, EnumSet.allOf(DayOfWeek.class),
                LocalDate.of(2026, 1, 1), null, List.of());
        TimeModel model = new TimeModel(BERLIN, List.of(night), List.of());
        // clocks go forward at 02:00 on 29 March 2026: 22:00 + 480 min of wall-clock arithmetic ends at 07:00 local
        PlannedTime span = model.plannedTime(new Interval(berlin("2026-03-28T22:00"), berlin("2026-03-29T07:00")));
        assertEquals(Duration.ofHours(8), span.pot());
    }

    @Test
    void theRunningShiftIsFoundAndNoneBetweenShiftsOrOutsideValidity() {
        ShiftDefinition early = new ShiftDefinition(1, "EARLY", LocalTime.of(6, 0), 480, WEEKDAYS, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 9), List.of());
        TimeModel model = new TimeModel(BERLIN, List.of(early), List.of());
        assertEquals("EARLY", model.shiftAt(berlin("2026-01-07T13:59")).orElseThrow().code());
        assertTrue(model.shiftAt(berlin("2026-01-07T14:00")).isEmpty());
        assertTrue(model.shiftAt(berlin("2026-01-12T08:00")).isEmpty(), "after valid-to");
    }

    @Test
    void intervalSetsMergeSubtractAndIntersect() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        IntervalSet set = IntervalSet.of(List.of(new Interval(t0, t0.plusSeconds(10)), new Interval(t0.plusSeconds(5), t0.plusSeconds(20)),
                new Interval(t0.plusSeconds(30), t0.plusSeconds(40))));
        assertEquals(2, set.intervals().size());
        assertEquals(Duration.ofSeconds(30), set.duration());
        IntervalSet holes = IntervalSet.of(List.of(new Interval(t0.plusSeconds(2), t0.plusSeconds(4)), new Interval(t0.plusSeconds(18), t0.plusSeconds(35))));
        assertEquals(Duration.ofSeconds(30 - 2 - 2 - 5), set.minus(holes).duration());
        assertEquals(Duration.ofSeconds(2 + 2 + 5), set.intersect(holes).duration());
    }
}
