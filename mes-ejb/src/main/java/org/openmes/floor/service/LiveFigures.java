package org.openmes.floor.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.common.NotFoundException;
import org.openmes.floor.model.FigureFormat;
import org.openmes.platform.outage.OutageLog;
import org.openmes.platform.push.PushAudience;
import org.openmes.platform.push.PushBus;
import org.openmes.platform.push.PushMessages;
import org.openmes.platform.push.PushTopics;
import org.openmes.platform.push.TopicsSubscribed;
import org.openmes.telemetry.events.EdgeEvent;

/**
 * Pushes a line's counts and OEE to the live pages when its machines count, so that an open page shows them without
 * asking: the running shift's good count, target, scrap, OEE and its three ratios, and each machine's good and scrap
 * counts and OEE, as the floor pages render them ({@link FloorBoards}, {@link FigureFormat}), in one live message of the
 * line's topic ({@code {"topic":"line-3","figures":{"line-3:good":"120","equipment-12:oee":"71.3 %",…}}}). A running
 * line counts with nearly every scan, so the lines are gathered and computed at most once per
 * {@code mes.floor.live.figures-interval-ms} (default 1000): one computation per counting line and interval, however
 * many pages are open, and none for a line no open page subscribed to ({@link PushAudience}). A page that subscribes
 * gets its lines' figures at the next interval. Each line is computed on its own: one that fails is logged once per
 * outage ({@link OutageLog}) and the others still get their figures.
 * <p>
 * The hourly OEE trend of the line dashboard goes the same way, on the topic {@code trend-<id>} that only that page
 * subscribes to: while a page watches it, the line's trend ({@link LineTrends}) is read once per
 * {@code mes.floor.live.trend-interval-ms} (default one minute) and at each full hour, and its bars are pushed when they
 * changed, and at the next tick after a page subscribed. Runs on the managed scheduled executor, never on the ingest's
 * or a socket's thread. System work without a caller, hence not a guarded service.
 */
@ApplicationScoped
public class LiveFigures {
    private static final Logger LOG = Logger.getLogger(LiveFigures.class.getName());
    /** The outage key of looking up the lines of the machines that counted. */
    private static final String LOOK_UP = "lines of equipment";

    @Inject
    private FloorBoards boards;

    @Inject
    private PushBus push;

    @Inject
    private PushAudience audience;

    @Resource
    private ManagedScheduledExecutorService managedScheduler;

    @Inject
    @ConfigProperty(name = "mes.floor.live.figures-interval-ms", defaultValue = "1000")
    private long intervalMs;

    @Inject
    @ConfigProperty(name = "mes.floor.live.trend-interval-ms", defaultValue = "60000")
    private long trendIntervalMs;

    private ScheduledExecutorService scheduler;

    /** Equipment that counted since the last computation; guarded by {@code this}. */
    private final Set<Long> counted = new LinkedHashSet<>();
    /** Lines a page subscribed to since the last computation; guarded by {@code this}. */
    private final Set<Long> newlyWatched = new LinkedHashSet<>();
    private boolean scheduled;
    private long lastRun;
    /** Lines whose trend a page subscribed to, with the bars pushed last (empty before the first); guarded by {@code this}. */
    private final Map<Long, String> trends = new LinkedHashMap<>();
    private boolean trendScheduled;
    /** What fails now, by topic (or {@link #LOOK_UP}), each logged once per outage. */
    private final Map<String, OutageLog> outages = new ConcurrentHashMap<>();

    /** For CDI. */
    public LiveFigures() {
    }

    /** With collaborators of the caller's choice, as the unit tests do without a container. */
    LiveFigures(FloorBoards boards, PushBus push, PushAudience audience, ScheduledExecutorService scheduler, long intervalMs,
                long trendIntervalMs) {
        this.boards = boards;
        this.push = push;
        this.audience = audience;
        this.scheduler = scheduler;
        this.intervalMs = intervalMs;
        this.trendIntervalMs = trendIntervalMs;
    }

    /** Notes the machine of a stored count; the next computation, at most one interval after the last, pushes its line. */
    void countStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) EdgeEvent event) {
        if (event.kind() != EdgeEvent.Kind.COUNT) {
            return;
        }
        synchronized (this) {
            counted.add(event.equipmentId());
        }
        scheduleFigures();
    }

    /**
     * Notes the lines and trends a page subscribed to: the next computation sends it their figures (it rendered them
     * when it loaded, but its lines may have counted since without anybody watching), the next trend tick its bars.
     */
    void subscribed(@Observes TopicsSubscribed event) {
        boolean lines = false;
        boolean trend = false;
        synchronized (this) {
            for (String topic : event.topics()) {
                Long line = PushTopics.idOf(topic, PushTopics::line);
                Long trendOf = PushTopics.idOf(topic, PushTopics::trend);
                if (line != null) {
                    lines |= newlyWatched.add(line);
                } else if (trendOf != null) {
                    trends.put(trendOf, ""); // the next tick sends the bars, changed or not: the page may miss the last ones
                    trend = true;
                }
            }
        }
        if (lines) {
            scheduleFigures();
        }
        if (trend) {
            scheduleTrends();
        }
    }

    private void scheduleFigures() {
        long delay;
        synchronized (this) {
            if (scheduled) {
                return;
            }
            scheduled = true;
            delay = Math.max(0, lastRun + intervalMs - System.currentTimeMillis());
        }
        if (!schedule(this::sendFigures, delay)) {
            synchronized (this) {
                scheduled = false;
            }
        }
    }

    /** Runs the trend tick at the next interval or full hour, whichever comes first, unless it is scheduled already. */
    private void scheduleTrends() {
        synchronized (this) {
            if (trendScheduled || trends.isEmpty()) {
                return;
            }
            trendScheduled = true;
        }
        Instant now = Instant.now();
        long toNextHour = now.until(now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS), ChronoUnit.MILLIS);
        if (!schedule(this::sendTrends, Math.min(trendIntervalMs, toNextHour))) {
            synchronized (this) {
                trendScheduled = false;
            }
        }
    }

    private boolean schedule(Runnable task, long delayMs) {
        try {
            scheduler().schedule(task, delayMs, TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            // the server is stopping: the pages are going away too
            LOG.log(Level.FINE, "Live figures not scheduled, the executor refused", e);
            return false;
        }
    }

    private ScheduledExecutorService scheduler() {
        return scheduler != null ? scheduler : managedScheduler;
    }

    private void sendFigures() {
        Set<Long> equipment;
        Set<Long> lines;
        synchronized (this) {
            equipment = Set.copyOf(counted);
            lines = new LinkedHashSet<>(newlyWatched);
            counted.clear();
            newlyWatched.clear();
            scheduled = false;
            lastRun = System.currentTimeMillis();
        }
        if (!equipment.isEmpty()) {
            attempt(LOOK_UP, () -> lines.addAll(boards.linesOf(equipment)), () -> "Cannot find the lines of the counting equipment " + equipment
                    + "; their live figures wait for the next count", () -> "The lines of counting equipment are found again");
        }
        for (long line : lines) {
            String topic = PushTopics.line(line);
            if (audience.watched(topic)) {
                attempt(topic, () -> push.publishLive(topic, PushMessages.figures(topic, figures(boards.line(line, false)))),
                        () -> "Cannot compute the live figures of line " + line + "; its pages keep what they show until the next"
                                + " count or refresh", () -> "The live figures of line " + line + " are computed again");
            }
        }
    }

    private void sendTrends() {
        Map<Long, String> watched;
        synchronized (this) {
            trendScheduled = false;
            trends.keySet().removeIf(line -> !audience.watched(PushTopics.trend(line)));
            watched = Map.copyOf(trends);
        }
        watched.forEach((line, sent) -> attempt(PushTopics.trend(line), () -> {
            String topic = PushTopics.trend(line);
            String message = PushMessages.bars(topic, bars(boards.trend(line)));
            if (!message.equals(sent)) {
                synchronized (this) {
                    trends.replace(line, message);
                }
                push.publishLive(topic, message);
            }
        }, () -> "Cannot compute the OEE trend of line " + line + "; its pages keep the bars they show until the next minute",
                () -> "The OEE trend of line " + line + " is computed again"));
        scheduleTrends();
    }

    /**
     * Runs {@code work}, logging a failure once per outage of {@code key}; a line that no longer exists (a page may
     * subscribe to any id) is no outage, its pages have nothing to show.
     */
    private void attempt(String key, Runnable work, Supplier<String> warning, Supplier<String> notice) {
        try {
            work.run();
            OutageLog outage = outages.remove(key);
            if (outage != null) {
                outage.succeeded(notice);
            }
        } catch (NotFoundException e) {
            LOG.log(Level.FINE, "A page subscribed to a line that does not exist", e);
        } catch (RuntimeException e) {
            outages.computeIfAbsent(key, failing -> new OutageLog(LOG)).failed(warning, e);
        }
    }

    /** The figures of a board by the keys of the pages' elements: {@code line-<id>:good}, {@code equipment-<id>:oee}, … */
    static Map<String, String> figures(LineBoardDto board) {
        Map<String, String> figures = new LinkedHashMap<>();
        LiveShift shift = board.shift();
        if (shift != null) {
            String line = PushTopics.line(board.lineId()) + ":";
            figures.put(line + "good", FigureFormat.count(shift.good()));
            figures.put(line + "target", FigureFormat.count(shift.target()));
            figures.put(line + "scrap", FigureFormat.count(shift.scrap()));
            figures.put(line + "oee", FigureFormat.percent(shift.oee()));
            figures.put(line + "oee-gauge", String.valueOf(FigureFormat.gauge(shift.oee())));
            figures.put(line + "availability", FigureFormat.percent(shift.availability()));
            figures.put(line + "effectiveness", FigureFormat.percent(shift.effectiveness()));
            figures.put(line + "quality", FigureFormat.percent(shift.qualityRatio()));
        }
        for (LiveEquipment machine : board.equipment()) {
            String key = PushTopics.equipment(machine.id()) + ":";
            figures.put(key + "good", FigureFormat.count(machine.good()));
            figures.put(key + "scrap", FigureFormat.count(machine.scrap()));
            figures.put(key + "oee", FigureFormat.percent(machine.oee()));
            figures.put(key + "oee-gauge", String.valueOf(FigureFormat.gauge(machine.oee())));
        }
        return figures;
    }

    /** The bars of a trend as the line dashboard renders them: the hour (UTC) under, the OEE over, the OEE as height. */
    static List<PushMessages.Bar> bars(List<TrendPoint> trend) {
        return trend.stream().map(point -> new PushMessages.Bar(point.hour().toString().substring(11, 16), FigureFormat.percent(point.oee()),
                FigureFormat.gauge(point.oee()))).toList();
    }
}
