package org.openmes.shift.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A set of instants as sorted, disjoint, non-adjacent intervals; immutable. */
public final class IntervalSet {
    private static final IntervalSet EMPTY = new IntervalSet(List.of());

    private final List<Interval> intervals;

    private IntervalSet(List<Interval> normalised) {
        this.intervals = List.copyOf(normalised);
    }

    public static IntervalSet empty() {
        return EMPTY;
    }

    /** The union of {@code intervals} (any order, overlaps allowed). */
    public static IntervalSet of(Collection<Interval> intervals) {
        List<Interval> sorted = intervals.stream().filter(i -> !i.isEmpty())
                .sorted(Comparator.comparing(Interval::start)).toList();
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !next.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new Interval(last.start(), max(last.end(), next.end())));
            } else {
                merged.add(next);
            }
        }
        return new IntervalSet(merged);
    }

    public List<Interval> intervals() {
        return intervals;
    }

    public IntervalSet union(IntervalSet other) {
        List<Interval> all = new ArrayList<>(intervals);
        all.addAll(other.intervals);
        return of(all);
    }

    public IntervalSet intersect(IntervalSet other) {
        List<Interval> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < intervals.size() && j < other.intervals.size()) {
            Interval a = intervals.get(i);
            Interval b = other.intervals.get(j);
            Instant start = max(a.start(), b.start());
            Instant end = min(a.end(), b.end());
            if (start.isBefore(end)) {
                result.add(new Interval(start, end));
            }
            if (a.end().isBefore(b.end())) {
                i++;
            } else {
                j++;
            }
        }
        return new IntervalSet(result);
    }

    public IntervalSet intersect(Interval window) {
        return intersect(of(List.of(window)));
    }

    /** This set without the instants of {@code other}. */
    public IntervalSet minus(IntervalSet other) {
        List<Interval> result = new ArrayList<>();
        for (Interval a : intervals) {
            Instant cursor = a.start();
            for (Interval b : other.intervals) {
                if (!b.end().isAfter(cursor) || !b.start().isBefore(a.end())) {
                    continue;
                }
                if (b.start().isAfter(cursor)) {
                    result.add(new Interval(cursor, b.start()));
                }
                cursor = max(cursor, b.end());
            }
            if (cursor.isBefore(a.end())) {
                result.add(new Interval(cursor, a.end()));
            }
        }
        return new IntervalSet(result);
    }

    public Duration duration() {
        return intervals.stream().map(Interval::duration).reduce(Duration.ZERO, Duration::plus);
    }

    public boolean contains(Instant instant) {
        return intervals.stream().anyMatch(i -> i.contains(instant));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalSet set && set.intervals.equals(intervals);
    }

    @Override
    public int hashCode() {
        return intervals.hashCode();
    }

    @Override
    public String toString() {
        return intervals.toString();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
