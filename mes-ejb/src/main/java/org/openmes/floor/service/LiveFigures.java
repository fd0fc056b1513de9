package org.openmes.floor.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.floor.model.FigureFormat;
import org.openmes.platform.push.PushBus;
import org.openmes.platform.push.PushMessages;
import org.openmes.platform.push.PushTopics;
import org.openmes.telemetry.events.EdgeEvent;

/**
 * Pushes a line's counts and OEE to the live pages when its machines count, so that an open page shows them without
 * asking: the running shift's good count, target, scrap, OEE and its three ratios, and each machine's good and scrap
 * counts and OEE, as
 * the floor pages render them ({@link FloorBoards}, {@link FigureFormat}), in one live message of the line's topic
 * ({@code {"topic":"line-3","figures":{"line-3:good":"120","equipment-12:oee":"71.3 %",…}}}). A running line counts
 * with nearly every scan, so the lines are gathered and computed at most once per
 * {@code mes.floor.live.figures-interval-ms} (default 1000): one computation per counting line and interval, however
 * many pages are open. Runs on the managed scheduled executor, never on the ingest's thread. System work without a
 * caller, hence not a guarded service.
 */
@ApplicationScoped
public class LiveFigures {
    private static final Logger LOG = Logger.getLogger(LiveFigures.class.getName());

    @Inject
    private FloorBoards boards;

    @Inject
    private PushBus push;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "mes.floor.live.figures-interval-ms", defaultValue = "1000")
    private long intervalMs;

    /** Equipment that counted since the last computation; guarded by {@code this}. */
    private final Set<Long> counted = new LinkedHashSet<>();
    private boolean scheduled;
    private long lastRun;

    /** Notes the machine of a stored count; the next computation, at most one interval after the last, pushes its line. */
    void countStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) EdgeEvent event) {
        if (event.kind() != EdgeEvent.Kind.COUNT) {
            return;
        }
        long delay;
        synchronized (this) {
            counted.add(event.equipmentId());
            if (scheduled) {
                return;
            }
            scheduled = true;
            delay = Math.max(0, lastRun + intervalMs - System.currentTimeMillis());
        }
        try {
            scheduler.schedule(this::send, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the server is stopping: the pages are going away too
            LOG.log(Level.FINE, "Live figures not scheduled, the executor refused", e);
            synchronized (this) {
                scheduled = false;
            }
        }
    }

    private void send() {
        Set<Long> equipment;
        synchronized (this) {
            equipment = Set.copyOf(counted);
            counted.clear();
            scheduled = false;
            lastRun = System.currentTimeMillis();
        }
        try {
            for (long line : boards.linesOf(equipment)) {
                LineBoardDto board = boards.line(line, false);
                String topic = PushTopics.line(line);
                push.publishLive(topic, PushMessages.figures(topic, figures(board)));
            }
        } catch (RuntimeException e) {
            // the pages keep the figures they show until the next count or refresh; the next count tries again
            LOG.log(Level.WARNING, "Cannot compute the live figures of the lines of equipment " + equipment, e);
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
}
