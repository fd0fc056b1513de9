package org.openmes.telemetry.connector;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes scans in order, many per message: a scan is queued in memory and the poller goes on at once; one drain at
 * a time (run by {@code executor}, the container's WorkManager) sends whatever has queued meanwhile as one message
 * of up to {@code maxSamplesPerMessage} samples, so the slower the messaging engine answers, the larger the messages
 * grow, and both the persistent send and the ingest's transaction are paid per batch, not per scan. Before it takes a
 * batch of a busy connector, the drain lingers until the oldest queued scan has waited {@code linger} (or a full
 * message's worth has queued): the engine's and the ingest's CPU go per message, so at 10 Hz a few tens of
 * milliseconds gather the scans of many PLCs into one message instead of one or two. Busy means that at least
 * {@value #BUSY_SCANS} scans were queued within one linger period (this one or the last): where scans come that
 * seldom, lingering would gather nothing and only delay them (a machine's change would reach the live pages
 * {@code linger} later), so they go at once, like Nagle's algorithm waiting only when there is traffic to
 * coalesce. A backlog is sent without lingering. A batch of one scan travels as that scan's own message; more travel
 * as {@code {"scans":[...]}} ({@link ScanMessage}).
 * <p>
 * Store-and-forward: the journal first, then the new batch; a batch the engine refuses goes to the journal instead.
 * Nothing is dropped silently: only a full journal loses scans, and that is logged as SEVERE with the scan ids and
 * counted ({@link #dropped()}). When {@code maxPendingSamples} wait in memory, {@link #publish} blocks the poller
 * until the drain has taken them (its scans then overrun, and are counted there).
 */
final class ScanPublisher {
    private static final Logger LOG = Logger.getLogger(ScanPublisher.class.getName());
    /**
     * Scans queued within one linger period from which on the drain lingers: one line's PLC with a fast and a slow
     * scan class queues two at once when both fall due, which is no traffic worth waiting for.
     */
    static final int BUSY_SCANS = 3;

    /** One scan's message, its id and how many samples it carries. */
    record Scan(String plcCode, String scanId, int samples, String body) {
    }

    private final ScanSender sender;
    private final ScanJournal journal;
    private final Executor executor;
    private final int maxSamplesPerMessage;
    private final long maxPendingSamples;
    private final long lingerNanos;
    private final ArrayDeque<Scan> pending = new ArrayDeque<>(); // guarded by itself, as are the three fields below
    private long pendingSamples;
    private boolean draining;
    private long oldestQueuedNanos; // System.nanoTime() when the oldest pending scan was queued
    private long periodStartNanos; // the linger period in which scans are being counted began with a scan queued then
    private int queuedThisPeriod;
    private int queuedLastPeriod;
    private long dropped; // guarded by this, the lock of the sender and the journal

    ScanPublisher(ScanSender sender, ScanJournal journal, Executor executor, int maxSamplesPerMessage,
                  long maxPendingSamples, java.time.Duration linger) {
        this.sender = sender;
        this.journal = journal;
        this.executor = executor;
        this.maxSamplesPerMessage = maxSamplesPerMessage;
        this.maxPendingSamples = maxPendingSamples;
        this.lingerNanos = linger.toNanos();
        this.periodStartNanos = System.nanoTime() - 2 * lingerNanos; // no scans in the periods before
    }

    /** Queues a scan for the next message; blocks only while {@code maxPendingSamples} wait already. */
    void publish(Scan scan) {
        synchronized (pending) {
            while (pendingSamples >= maxPendingSamples) {
                try {
                    pending.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting to publish scan " + scan.scanId(), e);
                }
            }
            long now = System.nanoTime();
            count(now);
            if (pending.isEmpty()) {
                oldestQueuedNanos = now;
            }
            pending.add(scan);
            pendingSamples += scan.samples();
            if (draining) {
                if (pendingSamples >= maxSamplesPerMessage) {
                    pending.notifyAll(); // a lingering drain has a full message
                }
                return;
            }
            draining = true;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Executor refused the telemetry send; sending on the poller's thread", e);
            drain();
        }
    }

    /** Sends what is queued, batch by batch, until nothing is left. */
    void drain() {
        while (true) {
            List<Scan> batch = new ArrayList<>();
            synchronized (pending) {
                lingerForMore();
                int samples = 0;
                while (!pending.isEmpty() && (batch.isEmpty() || samples + pending.peek().samples() <= maxSamplesPerMessage)) {
                    Scan scan = pending.poll();
                    samples += scan.samples();
                    pendingSamples -= scan.samples();
                    batch.add(scan);
                }
                if (batch.isEmpty()) {
                    draining = false;
                    pending.notifyAll();
                    return;
                }
                if (!pending.isEmpty()) {
                    oldestQueuedNanos = System.nanoTime() - lingerNanos; // a backlog: the next batch goes at once
                }
                pending.notifyAll();
            }
            deliver(batch);
        }
    }

    /** Holding {@code pending}: counts a scan queued at {@code now} in its linger period. */
    private void count(long now) {
        long sinceStart = now - periodStartNanos;
        if (sinceStart >= lingerNanos) {
            queuedLastPeriod = sinceStart < 2 * lingerNanos ? queuedThisPeriod : 0;
            periodStartNanos = now;
            queuedThisPeriod = 0;
        }
        queuedThisPeriod++;
    }

    /**
     * Holding {@code pending}: waits, if the connector is busy, until the oldest scan has lingered long enough or a
     * full message has queued.
     */
    private void lingerForMore() {
        if (Math.max(queuedThisPeriod, queuedLastPeriod) < BUSY_SCANS) {
            return;
        }
        long left;
        while (!pending.isEmpty() && pendingSamples < maxSamplesPerMessage
                && (left = oldestQueuedNanos + lingerNanos - System.nanoTime()) > 0) {
            try {
                pending.wait(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the container stops the work: send what is there now
                return;
            }
        }
    }

    private synchronized void deliver(List<Scan> batch) {
        Scan first = batch.get(0);
        String plcCode = batch.stream().allMatch(scan -> scan.plcCode().equals(first.plcCode())) ? first.plcCode() : "";
        String messageId = batch.size() == 1 ? first.scanId() : first.scanId() + "+" + (batch.size() - 1);
        String body = batch.size() == 1 ? first.body() : ScanMessage.batch(batch.stream().map(Scan::body).toList());
        forwardJournal();
        if (journal.isEmpty() && trySend(plcCode, messageId, body)) {
            return;
        }
        if (!journal.append(plcCode + "\t" + messageId + "\t" + body)) {
            dropped += batch.size();
            LOG.severe(() -> "Telemetry journal full (" + journal.bytes() + " bytes, " + journal.depth()
                    + " messages): " + batch.size() + " scans " + messageId + " are LOST (" + dropped + " lost so far)");
        }
    }

    /**
     * For the adapter's stop: waits up to {@code patience} for the drain to send what is queued, then journals what
     * is still queued (in order, after whatever the journal holds), so that it is forwarded after the next start.
     */
    void close(java.time.Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<Scan> left;
        synchronized (pending) {
            while ((draining || !pending.isEmpty()) && System.nanoTime() < deadline) {
                try {
                    pending.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            left = new ArrayList<>(pending);
            pending.clear();
            pendingSamples = 0;
            pending.notifyAll();
        }
        synchronized (this) {
            for (Scan scan : left) {
                if (!journal.append(scan.plcCode() + "\t" + scan.scanId() + "\t" + scan.body())) {
                    dropped++;
                    LOG.severe(() -> "Telemetry journal full at stop: scan " + scan.scanId() + " is LOST");
                }
            }
        }
        if (!left.isEmpty()) {
            LOG.info(() -> left.size() + " scans not sent before the stop are journalled");
        }
    }

    /** Forwards what the journal holds, in order, as far as the engine takes it. */
    synchronized void forwardJournal() {
        if (journal.isEmpty()) {
            return;
        }
        int forwarded = journal.forward(entry -> {
            String[] parts = entry.split("\t", 3);
            return trySend(parts[0], parts[1], parts[2]);
        });
        if (forwarded > 0) {
            LOG.info(() -> "Forwarded " + forwarded + " journalled messages; " + journal.depth() + " left");
        }
    }

    synchronized int journalDepth() {
        return journal.depth();
    }

    synchronized long journalBytes() {
        return journal.bytes();
    }

    synchronized long dropped() {
        return dropped;
    }

    private boolean trySend(String plcCode, String messageId, String body) {
        try {
            sender.send(plcCode, messageId, body);
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Messaging engine refused message " + messageId + "; journalled for later", e);
            return false;
        }
    }
}
