package org.openmes.telemetry.connector;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes scans in order: the journal first, then the new scan; a scan the engine refuses goes to the journal
 * instead. Nothing is dropped silently: only a full journal loses a scan, and that is logged as SEVERE with the
 * scan id and counted ({@link #dropped()}).
 */
final class ScanPublisher {
    private static final Logger LOG = Logger.getLogger(ScanPublisher.class.getName());

    private final ScanSender sender;
    private final ScanJournal journal;
    private long dropped;

    ScanPublisher(ScanSender sender, ScanJournal journal) {
        this.sender = sender;
        this.journal = journal;
    }

    synchronized void publish(String plcCode, String scanId, String body) {
        forwardJournal();
        if (journal.isEmpty() && trySend(plcCode, scanId, body)) {
            return;
        }
        if (!journal.append(plcCode + "\t" + scanId + "\t" + body)) {
            dropped++;
            LOG.severe(() -> "Telemetry journal full (" + journal.bytes() + " bytes, " + journal.depth()
                    + " scans): scan " + scanId + " of PLC " + plcCode + " is LOST (" + dropped + " lost so far)");
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
            LOG.info(() -> "Forwarded " + forwarded + " journalled scans; " + journal.depth() + " left");
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

    private boolean trySend(String plcCode, String scanId, String body) {
        try {
            sender.send(plcCode, scanId, body);
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Messaging engine refused scan " + scanId + "; journalled for later", e);
            return false;
        }
    }
}
