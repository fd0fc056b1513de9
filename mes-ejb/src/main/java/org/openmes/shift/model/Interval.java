package org.openmes.shift.model;

import java.time.Duration;
import java.time.Instant;

/** A half-open span of time [start, end). */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("an interval needs start <= end: " + start + " .. " + end);
        }
    }

    public boolean isEmpty() {
        return !end.isAfter(start);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
