package org.openmes.shift.service;

import java.time.Duration;
import java.time.Instant;
import org.openmes.common.InvalidInputException;
import org.openmes.shift.model.Interval;

/** Checks a time window a client asks about: both ends given, from before to, at most {@link #MAX_DAYS} days. */
public final class Windows {
    public static final int MAX_DAYS = 366;

    private Windows() {
    }

    public static Interval of(Instant from, Instant to) {
        if (from == null) {
            throw new InvalidInputException("from", "is required (ISO-8601 instant, e.g. 2026-01-05T06:00:00Z)");
        }
        if (to == null) {
            throw new InvalidInputException("to", "is required (ISO-8601 instant, e.g. 2026-01-05T14:00:00Z)");
        }
        if (!to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from");
        }
        if (Duration.between(from, to).toDays() >= MAX_DAYS) {
            throw new InvalidInputException("to", "a window spans at most " + MAX_DAYS + " days");
        }
        return new Interval(from, to);
    }
}
