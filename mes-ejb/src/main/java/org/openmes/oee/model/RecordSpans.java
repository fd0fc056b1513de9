package org.openmes.oee.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.openmes.shift.model.Interval;

/**
 * Which records a window's planned busy time reads: the whole hours in its busy spans from {@code oee_hour}, the
 * minutes at their edges from {@code oee_minute}, each as a PostgreSQL multirange literal ({@code {[a,b),[c,d)}}) for
 * the SQL function {@code oee_sums} (V32). Hours are the point: 30 days of three shifts read 21 hour records a machine
 * and day instead of 1,350 minutes.
 */
public record RecordSpans(String hours, String minutes) {

    /** The spans of {@code busy}: intervals in order, not overlapping (an IntervalSet's). */
    public static RecordSpans of(List<Interval> busy) {
        StringBuilder hours = new StringBuilder();
        StringBuilder minutes = new StringBuilder();
        for (Interval interval : busy) {
            Instant firstHour = ceilHour(interval.start());
            Instant endHour = interval.end().truncatedTo(ChronoUnit.HOURS);
            if (firstHour.isBefore(endHour)) {
                span(hours, firstHour, endHour);
                span(minutes, interval.start(), firstHour);
                span(minutes, endHour, interval.end());
            } else {
                span(minutes, interval.start(), interval.end());
            }
        }
        return new RecordSpans("{" + hours + "}", "{" + minutes + "}");
    }

    /** Appends [from, to) to a multirange literal, when it is not empty. */
    private static void span(StringBuilder ranges, Instant from, Instant to) {
        if (from.isBefore(to)) {
            ranges.append(ranges.length() == 0 ? "" : ",").append('[').append(from).append(',').append(to).append(')');
        }
    }

    private static Instant ceilHour(Instant instant) {
        Instant floor = instant.truncatedTo(ChronoUnit.HOURS);
        return floor.equals(instant) ? floor : floor.plus(1, ChronoUnit.HOURS);
    }
}
