package org.openmes.floor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openmes.floor.model.EquipmentState;
import org.openmes.platform.outage.RecordedLog;
import org.openmes.platform.push.PushAudience;
import org.openmes.platform.push.PushBus;
import org.openmes.platform.push.TopicsSubscribed;
import org.openmes.telemetry.events.EdgeEvent;
import org.openmes.telemetry.model.EquipmentSignal;

class LiveFiguresTest {
    private static final Instant START = Instant.parse("2026-11-22T06:00:00Z");
    private static final long TREND_INTERVAL_MS = 60_000;

    /** Runs what was scheduled only when told, on the test's thread. */
    private static final class ManualScheduler extends ScheduledThreadPoolExecutor {
        private final List<Runnable> tasks = new ArrayList<>();
        private final List<Long> delays = new ArrayList<>();

        ManualScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
            tasks.add(task);
            delays.add(unit.toMillis(delay));
            return null;
        }

        /** Runs the tasks scheduled so far (not those they schedule). */
        void runScheduled() {
            List<Runnable> due = List.copyOf(tasks);
            tasks.clear();
            delays.clear();
            due.forEach(Runnable::run);
        }
    }

    /** The floor's read model over boards of the test's making; a line in {@code failing} throws as a lost database would. */
    private static final class Boards extends FloorBoards {
        private final Map<Long, Long> lineOf = new HashMap<>();
        private final Set<Long> failing = new HashSet<>();
        private final Map<Long, List<TrendPoint>> trends = new HashMap<>();
        private final List<Long> computed = new ArrayList<>();

        @Override
        public Set<Long> linesOf(Collection<Long> equipment) {
            Set<Long> lines = new HashSet<>();
            equipment.forEach(id -> lines.add(lineOf.get(id)));
            return lines;
        }

        @Override
        public LineBoardDto line(long lineId, boolean withTrend) {
            computed.add(lineId);
            if (failing.contains(lineId)) {
                throw new IllegalStateException("Connection refused");
            }
            return board(lineId);
        }

        @Override
        public List<TrendPoint> trend(long lineId) {
            return trends.getOrDefault(lineId, List.of());
        }
    }

    private final Boards boards = new Boards();
    private final Set<String> watched = new HashSet<>();
    private final PushAudience audience = new PushAudience();
    private final List<String> sent = new ArrayList<>();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final LiveFigures live;
    private final RecordedLog log = new RecordedLog(LiveFigures.class.getName());

    LiveFiguresTest() {
        PushBus push = new PushBus(Runnable::run);
        push.subscribe(message -> sent.add(message.text()));
        audience.attach(watched::contains);
        live = new LiveFigures(boards, push, audience, scheduler, 1000, TREND_INTERVAL_MS);
        boards.lineOf.put(12L, 3L);
        boards.lineOf.put(22L, 4L);
    }

    @AfterEach
    void detach() {
        log.detach();
        scheduler.shutdownNow();
    }

    @Test
    void onlyTheLinesThatAnOpenPageWatchesAreComputed() {
        watched.add("line-3");
        counts(12);
        counts(22);
        scheduler.runScheduled();
        assertEquals(List.of(3L), boards.computed, "line 4 counted too, but no page watches it");
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).startsWith("{\"topic\":\"line-3\",\"figures\":{\"line-3:good\":\"120\""), sent.get(0));
    }

    @Test
    void aPageThatSubscribesGetsItsLinesFiguresAtTheNextIntervalWithoutACount() {
        watched.add("line-4");
        live.subscribed(new TopicsSubscribed(Set.of("line-4", "equipment-22", "line-x")));
        scheduler.runScheduled();
        assertEquals(List.of(4L), boards.computed);
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).startsWith("{\"topic\":\"line-4\""), sent.get(0));
    }

    @Test
    void aLineThatFailsIsLoggedOncePerOutageAndTheOtherLinesStillGetTheirFigures() {
        watched.addAll(List.of("line-3", "line-4"));
        boards.failing.add(3L);
        for (int second = 0; second < 60; second++) {
            counts(12);
            counts(22);
            scheduler.runScheduled();
        }
        assertEquals(60, sent.stream().filter(message -> message.startsWith("{\"topic\":\"line-4\"")).count(),
                "line 4 got its figures every second");
        assertEquals(0, sent.stream().filter(message -> message.startsWith("{\"topic\":\"line-3\"")).count());
        assertEquals(1, count(Level.WARNING), "one warning for the outage, not one a second");
        String warning = log.messages(Level.WARNING).get(0);
        assertTrue(warning.startsWith("Cannot compute the live figures of line 3"), warning);
        boards.failing.clear();
        counts(12);
        scheduler.runScheduled();
        assertEquals(1, count(Level.INFO), "one notice when it works again");
        assertTrue(sent.get(sent.size() - 1).startsWith("{\"topic\":\"line-3\""));
        boards.failing.add(3L);
        counts(12);
        scheduler.runScheduled();
        assertEquals(2, count(Level.WARNING), "a second outage is logged again");
    }

    @Test
    void theTrendIsPushedWhenItChangedWhileAPageWatchesIt() {
        watched.add("trend-3");
        boards.trends.put(3L, List.of(new TrendPoint(START, 0.702)));
        live.subscribed(new TopicsSubscribed(Set.of("trend-3", "line-3")));
        assertEquals(2, scheduler.tasks.size(), "the figures at the next interval, the trend at the next tick");
        assertTrue(scheduler.delays.get(1) <= TREND_INTERVAL_MS, "at most one minute, less before a full hour");
        scheduler.runScheduled();
        assertEquals(List.of("{\"topic\":\"trend-3\",\"bars\":[{\"label\":\"06:00\",\"text\":\"70.2 %\",\"height\":70}]}"), sent,
                "line 3 itself is not watched: no figures");
        scheduler.runScheduled();
        assertEquals(1, sent.size(), "an unchanged trend is not sent again");
        live.subscribed(new TopicsSubscribed(Set.of("trend-3")));
        scheduler.runScheduled();
        assertEquals(2, sent.size(), "unless a page subscribed since");
        assertEquals(sent.get(0), sent.get(1));
        boards.trends.put(3L, List.of(new TrendPoint(START, 0.702), new TrendPoint(START.plusSeconds(3600), null)));
        scheduler.runScheduled();
        assertEquals("{\"topic\":\"trend-3\",\"bars\":[{\"label\":\"06:00\",\"text\":\"70.2 %\",\"height\":70},"
                + "{\"label\":\"07:00\",\"text\":\"\u2014\",\"height\":0}]}", sent.get(2));
        watched.clear();
        scheduler.runScheduled();
        assertEquals(3, sent.size());
        assertTrue(scheduler.tasks.isEmpty(), "no page watches the trend: the ticks stop");
    }

    private void counts(long equipmentId) {
        live.countStored(new EdgeEvent(equipmentId, EquipmentSignal.GOOD_COUNT, START, EdgeEvent.Kind.COUNT, null, BigDecimal.ZERO,
                BigDecimal.ONE, BigDecimal.ONE, null));
    }

    private long count(Level level) {
        return log.messages(level).size();
    }

    private static LineBoardDto board(long lineId) {
        LiveShift shift = new LiveShift("A", START, START.plusSeconds(8 * 3600), new BigDecimal("2000"), new BigDecimal("120"),
                BigDecimal.ZERO, 0.9, 0.8, 1.0, 0.72);
        return new LineBoardDto(lineId, "LINE-" + lineId, "Line", EquipmentState.RUNNING, shift, null, List.of(), List.of(), List.of());
    }

    @Test
    void theFiguresOfABoardAreKeyedAndWrittenAsThePagesRenderThem() {
        LiveEquipment packer = new LiveEquipment(12, "P1-CASEPACKER", "Case packer", EquipmentState.RUNNING, null,
                new BigDecimal("120.000"), BigDecimal.ZERO, 0.7134);
        LiveEquipment loader = new LiveEquipment(13, "P1-LOADER", "Loader", EquipmentState.IDLE, null, null, null, null);
        LiveShift shift = new LiveShift("A", START, START.plusSeconds(8 * 3600), new BigDecimal("2000"), new BigDecimal("120"),
                new BigDecimal("3"), 0.9, 0.8, 0.975, 0.702);
        LineBoardDto board = new LineBoardDto(3, "LINE-3", "Line 3", EquipmentState.RUNNING, shift, null, List.of(packer, loader),
                List.of(), List.of());

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("line-3:good", "120");
        expected.put("line-3:target", "2000");
        expected.put("line-3:scrap", "3");
        expected.put("line-3:oee", "70.2 %");
        expected.put("line-3:oee-gauge", "70");
        expected.put("line-3:availability", "90.0 %");
        expected.put("line-3:effectiveness", "80.0 %");
        expected.put("line-3:quality", "97.5 %");
        expected.put("equipment-12:good", "120");
        expected.put("equipment-12:scrap", "0");
        expected.put("equipment-12:oee", "71.3 %");
        expected.put("equipment-12:oee-gauge", "71");
        expected.put("equipment-13:good", "\u2014");
        expected.put("equipment-13:scrap", "\u2014");
        expected.put("equipment-13:oee", "\u2014");
        expected.put("equipment-13:oee-gauge", "0");
        assertEquals(expected, LiveFigures.figures(board));
    }

    @Test
    void withoutARunningShiftOnlyTheMachinesFiguresGo() {
        LineBoardDto board = new LineBoardDto(3, "LINE-3", "Line 3", EquipmentState.IDLE, null, null,
                List.of(new LiveEquipment(12, "M", "M", EquipmentState.IDLE, null, BigDecimal.ONE, null, null)), List.of(), List.of());
        assertEquals(List.of("equipment-12:good", "equipment-12:scrap", "equipment-12:oee", "equipment-12:oee-gauge"),
                List.copyOf(LiveFigures.figures(board).keySet()));
    }
}
