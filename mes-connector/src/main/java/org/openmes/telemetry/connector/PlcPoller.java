package org.openmes.telemetry.connector;

import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Polls one PLC: one timer task per scan class hands a scan to the container's WorkManager, never more than one
 * scan of a class at a time (a scan still running when the next tick comes makes the tick a no-op, counted as an
 * overrun). A scan reads all tags of its class in one request, notes a change of the comms state
 * ({@link CommsMonitor}), lets the {@link Heartbeat} judge it, derives edge events ({@link EdgeDetector}), keeps
 * what changed and publishes samples, events and the comms change as one message.
 */
final class PlcPoller implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PlcPoller.class.getName());

    private final PlcDefinition plc;
    private final PlcSession session;
    private final ScanPublisher publisher;
    private final Clock clock;
    private final Map<Long, TagDefinition> tagsById;
    private final ReportByException filter = new ReportByException();
    private final Heartbeat heartbeat;
    private final EdgeDetector edges;
    private final CommsMonitor comms = new CommsMonitor();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong overruns = new AtomicLong();
    private final Map<String, AtomicBoolean> busy = new ConcurrentHashMap<>();
    private final List<TimerTask> tasks = new ArrayList<>();

    PlcPoller(PlcDefinition plc, PlcSession session, ScanPublisher publisher, Clock clock) {
        this.plc = plc;
        this.session = session;
        this.publisher = publisher;
        this.clock = clock;
        this.heartbeat = new Heartbeat(plc);
        this.edges = new EdgeDetector(plc.tags());
        this.tagsById = plc.tags().stream().collect(Collectors.toMap(TagDefinition::id, Function.identity()));
    }

    PlcDefinition definition() {
        return plc;
    }

    /** Schedules every scan class that has tags on the container's timer; the scans run as Work. */
    void start(Timer timer, WorkManager workManager) {
        plc.scanClasses().forEach((scanClass, period) -> {
            if (session.tagsOf(scanClass).isEmpty()) {
                return;
            }
            AtomicBoolean running = busy.computeIfAbsent(scanClass, name -> new AtomicBoolean());
            TimerTask task = new TimerTask() {
                @Override
                public void run() {
                    if (!running.compareAndSet(false, true)) {
                        overruns.incrementAndGet();
                        return;
                    }
                    try {
                        workManager.scheduleWork(new ScanWork(scanClass, running));
                    } catch (WorkException e) {
                        running.set(false);
                        LOG.log(Level.WARNING, "WorkManager refused a scan of PLC " + plc.code() + "/" + scanClass, e);
                    }
                }
            };
            tasks.add(task);
            timer.scheduleAtFixedRate(task, 0, period);
        });
        LOG.info(() -> "Polling PLC " + plc.code() + " (" + plc.tags().size() + " tags, scan classes "
                + plc.scanClasses() + ")");
    }

    /** One scan of {@code scanClass}: read, filter by exception, publish. Returns the samples published. */
    List<Sample> scan(String scanClass) {
        Instant sampledAt = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        List<Sample> changed;
        List<EdgeEvent> events;
        CommsState commsChange;
        synchronized (filter) {
            List<Sample> read = session.scan(scanClass, sampledAt);
            // under the same lock as the read: scans of other classes share the session and its last error
            commsChange = comms.observe(sampledAt, session.lastError());
            read = heartbeat.judge(read, clock.instant());
            events = edges.detect(read); // before the deadband: every counted unit and fault bit matters
            changed = filter.changed(read, tagsById);
        }
        if (!changed.isEmpty() || !events.isEmpty() || commsChange != null) {
            long micros = ChronoUnit.MICROS.between(Instant.EPOCH, sampledAt);
            String scanId = plc.code() + ":" + scanClass + ":" + micros + ":" + sequence.incrementAndGet();
            publisher.publish(new ScanPublisher.Scan(plc.code(), scanId, Math.max(1, changed.size() + events.size()),
                    ScanMessage.toJson(plc.code(), scanId, scanClass, changed, events, commsChange)));
        }
        return changed;
    }

    long overruns() {
        return overruns.get();
    }

    PlcSession session() {
        return session;
    }

    /** Stops scheduling scans at once; the session is closed by {@link #close()}. */
    void stopPolling() {
        tasks.forEach(TimerTask::cancel);
    }

    @Override
    public void close() {
        stopPolling();
        session.close();
    }

    private final class ScanWork implements Work {
        private final String scanClass;
        private final AtomicBoolean running;

        ScanWork(String scanClass, AtomicBoolean running) {
            this.scanClass = scanClass;
            this.running = running;
        }

        @Override
        public void run() {
            try {
                scan(scanClass);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Scan of PLC " + plc.code() + "/" + scanClass + " failed", e);
            } finally {
                running.set(false);
            }
        }

        @Override
        public void release() {
            // a scan ends within the PLC's request timeout; nothing to interrupt
        }
    }
}
