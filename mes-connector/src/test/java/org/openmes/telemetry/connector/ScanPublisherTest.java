package org.openmes.telemetry.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batching: what queues while a message is being sent, or while the drain lingers, travels as the next message, in
 * order, bounded in size.
 */
class ScanPublisherTest {
    @TempDir
    Path dir;

    private final ArrayDeque<Runnable> drains = new ArrayDeque<>();
    private final List<String> sent = new ArrayList<>();
    private boolean engineUp = true;

    private ScanPublisher publisher(int maxSamplesPerMessage) {
        return publisher(maxSamplesPerMessage, Duration.ZERO, drains::add);
    }

    private ScanPublisher publisher(int maxSamplesPerMessage, Duration linger, java.util.concurrent.Executor executor) {
        return new ScanPublisher((plc, id, body) -> {
            if (!engineUp) {
                throw new IllegalStateException("engine refuses");
            }
            sent.add(id + " " + body);
        }, new ScanJournal(dir.resolve("scans.journal"), 1_000_000), executor, maxSamplesPerMessage, 1_000, linger);
    }

    @Test
    void scansQueuedWhileNoDrainRanTravelAsOneMessageInOrder() {
        ScanPublisher publisher = publisher(100);
        publisher.publish(scan("A", 1, 10));
        publisher.publish(scan("B", 2, 10));
        publisher.publish(scan("A", 3, 10));
        assertEquals(1, drains.size(), "one drain at a time");
        drains.poll().run();
        assertEquals(List.of("A:1+2 {\"scans\":[{\"id\":\"A:1\"},{\"id\":\"B:2\"},{\"id\":\"A:3\"}]}"), sent);

        publisher.publish(scan("A", 4, 10));
        drains.poll().run();
        assertEquals("A:4 {\"id\":\"A:4\"}", sent.get(1), "a batch of one is the scan's own message");
    }

    @Test
    void aBusyConnectorsDrainLingersSoThatScansPublishedShortlyAfterShareItsMessage() throws Exception {
        ScanPublisher publisher = publisher(100, Duration.ofMillis(500), drains::add);
        for (int sequence = 1; sequence <= ScanPublisher.BUSY_SCANS; sequence++) {
            publisher.publish(scan("A", sequence, 10));
        }
        Thread drain = new Thread(drains.poll());
        drain.start(); // lingers: as many scans as make the connector busy came within the period
        publisher.publish(scan("B", 9, 10));
        drain.join(Duration.ofSeconds(10).toMillis());
        assertEquals(List.of("A:1+" + ScanPublisher.BUSY_SCANS), sent.stream().map(message -> message.split(" ")[0]).toList());
    }

    @Test
    void aScanOfAQuietConnectorIsSentWithoutLingering() {
        ScanPublisher publisher = publisher(100, Duration.ofMinutes(10), drains::add);
        for (int sequence = 1; sequence < ScanPublisher.BUSY_SCANS; sequence++) {
            publisher.publish(scan("A", sequence, 10));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> drains.poll().run(), "lingered for ten minutes");
        assertEquals(1, sent.size());
    }

    @Test
    void aBusyConnectorsDrainSendsAtOnceWhenAFullMessageHasQueued() {
        ScanPublisher publisher = publisher(10 * ScanPublisher.BUSY_SCANS, Duration.ofMinutes(10), drains::add);
        for (int sequence = 1; sequence <= ScanPublisher.BUSY_SCANS; sequence++) {
            publisher.publish(scan("A", sequence, 10));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> drains.poll().run(), "lingered for ten minutes");
        assertEquals(List.of("A:1+" + (ScanPublisher.BUSY_SCANS - 1)), sent.stream().map(message -> message.split(" ")[0]).toList());
    }

    @Test
    void aMessageHoldsAtMostTheConfiguredSamplesButAlwaysOneScan() {
        ScanPublisher publisher = publisher(25);
        publisher.publish(scan("A", 1, 10));
        publisher.publish(scan("A", 2, 10));
        publisher.publish(scan("A", 3, 10));
        publisher.publish(scan("A", 4, 40));
        drains.poll().run();
        assertEquals(List.of("A:1+1", "A:3", "A:4"), sent.stream().map(message -> message.split(" ")[0]).toList());
    }

    @Test
    void aRefusedBatchIsJournalledAndForwardedBeforeNewOnes() {
        ScanPublisher publisher = publisher(100);
        engineUp = false;
        publisher.publish(scan("A", 1, 10));
        publisher.publish(scan("A", 2, 10));
        drains.poll().run();
        assertEquals(1, publisher.journalDepth());
        engineUp = true;
        publisher.publish(scan("A", 3, 10));
        drains.poll().run();
        assertEquals(List.of("A:1+1", "A:3"), sent.stream().map(message -> message.split(" ")[0]).toList());
        assertEquals(0, publisher.journalDepth());
        assertEquals(0, publisher.dropped());
    }

    @Test
    void closingJournalsWhatNoDrainSentYet() {
        ScanPublisher publisher = publisher(100);
        publisher.publish(scan("A", 1, 10));
        publisher.publish(scan("A", 2, 10));
        drains.clear(); // the container never ran the drain
        publisher.close(Duration.ofMillis(50));
        assertEquals(2, publisher.journalDepth());
        assertTrue(sent.isEmpty());
        publisher.forwardJournal();
        assertEquals(List.of("A:1", "A:2"), sent.stream().map(message -> message.split(" ")[0]).toList());
    }

    private static ScanPublisher.Scan scan(String plc, int sequence, int samples) {
        String id = plc + ":" + sequence;
        return new ScanPublisher.Scan(plc, id, samples, "{\"id\":\"" + id + "\"}");
    }
}
