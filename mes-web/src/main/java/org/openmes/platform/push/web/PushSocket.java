package org.openmes.platform.push.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openmes.platform.push.PushMessage;

/**
 * One page's push websocket: the topics the page subscribed to and the messages waiting to be written to it.
 * <p>
 * A websocket takes one asynchronous write at a time: Liberty fails a second write while one is under way ("write not
 * allowed. Most likely cause is that another Write or Close is in progress", in the returned future), and the Faces
 * channel this replaces ignored those futures, so a page whose previous message was still being written silently lost
 * the next one (2.7 % of the live messages with 500 pages, docs/performance.md "Live push"). Here the next message is
 * written only when the previous write reported back; what arrives meanwhile waits, one message per
 * {@link PushMessage#key() topic and kind}: a topic name waiting already is not queued twice, and a newer live message
 * of a topic replaces the older one (it carries all its values, so the page ends with the newest state). The queue is
 * therefore bounded by twice the page's topics and never drops anything else. A failed write means the page may have
 * missed a message: the socket is closed, and the page reconnects and refreshes everything once (resources/js/push.js).
 * Thread-safe: the bus's thread offers, the container's threads report writes back.
 */
final class PushSocket {
    private static final Logger LOG = Logger.getLogger(PushSocket.class.getName());

    /** How the socket writes: asynchronously, reporting back with null when written, else with the failure. */
    interface Transport {
        void write(String text, Consumer<Throwable> done);

        boolean isOpen();

        /** Closes the socket after a failed write; the page reconnects. */
        void close(String reason);
    }

    private final Transport transport;
    private final Set<String> topics;
    /** Messages waiting for the write under way, by {@link PushMessage#key()}; guarded by {@code this}. */
    private final Map<String, String> waiting = new LinkedHashMap<>();
    private boolean writing;
    private boolean failed;

    PushSocket(Transport transport, Set<String> topics) {
        this.transport = transport;
        this.topics = Set.copyOf(topics);
    }

    /** Whether the page subscribed to {@code topic}. */
    boolean subscribedTo(String topic) {
        return topics.contains(topic);
    }

    /** Writes {@code message} to the page if it subscribed to its topic: now, or when the write under way is done. */
    void offer(PushMessage message) {
        if (!topics.contains(message.topic())) {
            return;
        }
        synchronized (this) {
            if (failed) {
                return; // closing: the page refreshes when it reconnects
            }
            if (writing) {
                waiting.put(message.key(), message.text());
                return;
            }
            writing = true;
        }
        write(message.text());
    }

    /** How many messages wait for the write under way (for tests and the log). */
    synchronized int waiting() {
        return waiting.size();
    }

    private void write(String text) {
        try {
            transport.write(text, this::written);
        } catch (RuntimeException e) {
            written(e);
        }
    }

    private void written(Throwable failure) {
        if (failure != null) {
            fail(failure);
            return;
        }
        String next;
        synchronized (this) {
            Iterator<String> first = waiting.values().iterator();
            if (!first.hasNext()) {
                writing = false;
                return;
            }
            next = first.next();
            first.remove();
        }
        write(next);
    }

    private void fail(Throwable failure) {
        synchronized (this) {
            failed = true;
            waiting.clear();
        }
        if (!transport.isOpen()) {
            // the page went away mid-write: nothing to tell, its close removes the socket
            LOG.log(Level.FINE, "Push write to a closed socket failed", failure);
            return;
        }
        LOG.log(Level.INFO, "A push write to a page failed ({0}); its socket is closed, and the page reconnects and refreshes",
                String.valueOf(failure));
        transport.close("push write failed");
    }
}
