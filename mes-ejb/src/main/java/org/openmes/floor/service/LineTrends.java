package org.openmes.floor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.oee.service.OeeCalculator;

/**
 * The hourly OEE trend of each line's running shift (one OEE computation per clock hour), computed at most once per
 * {@code mes.floor.live.trend-interval-ms} (default one minute) per line, and again at once when a clock hour or the
 * shift changed (a completed hour, a new bar). One trend per line serves every line dashboard's rendering and the live
 * push of the trend ({@link LiveFigures}), so 500 open dashboards cost what one does, and a page's refresh never shows
 * an older trend than the one pushed to it. Called by {@link FloorBoards}, in its transaction.
 */
@ApplicationScoped
public class LineTrends {
    @Inject
    private OeeCalculator calculator;

    @Inject
    @ConfigProperty(name = "mes.floor.live.trend-interval-ms", defaultValue = "60000")
    private long intervalMs;

    record Computed(Instant shiftStart, Instant at, List<TrendPoint> points) {
    }

    /** The last trend of a line, and whether a caller is computing the next one. */
    private static final class Line {
        private final AtomicBoolean computing = new AtomicBoolean();
        private volatile Computed computed;
    }

    private final Map<Long, Line> lines = new ConcurrentHashMap<>();

    /**
     * The trend of line {@code lineId}'s shift that started at {@code shiftStart}: the one computed last while current.
     * While one caller computes it, the others get the last one of the shift at once rather than wait: a caller waiting
     * inside its transaction (which may hold the rows the OEE's roll-up locks) for one that waits for those rows would
     * never end.
     */
    public List<TrendPoint> of(long lineId, Instant shiftStart, Instant now) {
        Line line = lines.computeIfAbsent(lineId, id -> new Line());
        Computed known = line.computed;
        if (current(known, shiftStart, now, intervalMs)) {
            return known.points();
        }
        if (!line.computing.compareAndSet(false, true)) {
            return known != null && known.shiftStart().equals(shiftStart) ? known.points() : compute(lineId, shiftStart, now);
        }
        try {
            List<TrendPoint> points = compute(lineId, shiftStart, now);
            line.computed = new Computed(shiftStart, now, points);
            return points;
        } finally {
            line.computing.set(false);
        }
    }

    /** Whether a trend computed earlier still stands: same shift, same clock hour, and younger than the interval. */
    static boolean current(Computed known, Instant shiftStart, Instant now, long intervalMs) {
        return known != null && known.shiftStart().equals(shiftStart) && now.isBefore(known.at().plus(Duration.ofMillis(intervalMs)))
                && known.at().truncatedTo(ChronoUnit.HOURS).equals(now.truncatedTo(ChronoUnit.HOURS));
    }

    /** The line's OEE per clock hour of the shift so far (the first and last hours partial). */
    private List<TrendPoint> compute(long lineId, Instant shiftStart, Instant now) {
        List<TrendPoint> points = new ArrayList<>();
        for (Instant hour = shiftStart.truncatedTo(ChronoUnit.HOURS); hour.isBefore(now); hour = hour.plus(1, ChronoUnit.HOURS)) {
            Instant from = hour.isBefore(shiftStart) ? shiftStart : hour;
            Instant to = hour.plus(1, ChronoUnit.HOURS).isAfter(now) ? now : hour.plus(1, ChronoUnit.HOURS);
            if (from.isBefore(to)) {
                points.add(new TrendPoint(hour, calculator.line(lineId, from, to, null).figures().oee()));
            }
        }
        return points;
    }
}
