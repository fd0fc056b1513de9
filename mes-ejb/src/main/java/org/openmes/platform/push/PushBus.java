package org.openmes.platform.push;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the application announces changes for live pages. The web module subscribes once and forwards each message to
 * the browsers; CDI events would not reach it, because beans of the EJB module do not see the web module's beans.
 * <p>
 * Publishing never runs a subscriber on the publisher's thread: messages wait in a queue that keeps one message per
 * topic and kind (a topic published again before it went out is sent once; a newer live message replaces the older),
 * and one task of the managed executor hands them to the subscribers. So a browser that reads slowly never slows the
 * ingest or a service's commit, and a burst of the same topic costs one send. A subscriber that throws is logged and
 * the others still run.
 */
@ApplicationScoped
public class PushBus {
    private static final Logger LOG = Logger.getLogger(PushBus.class.getName());

    private final List<Consumer<PushMessage>> subscribers = new CopyOnWriteArrayList<>();
    /** Messages not sent yet, by {@link PushMessage#key()}, in the order first published; guarded by {@code this}. */
    private final Map<String, PushMessage> pending = new LinkedHashMap<>();
    private boolean sending;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedExecutorService managedExecutor;

    private Executor executor;

    /** For CDI: sends on the application server's default managed executor. */
    public PushBus() {
    }

    /** Sends on {@code executor}, as the unit tests (also of other packages) do without a container. */
    public PushBus(Executor executor) {
        this.executor = executor;
    }

    /**
     * Announces that something of {@code topic} (see {@link PushTopics}) changed: pages subscribed to it refresh what
     * they show from the database.
     */
    public void publish(String topic) {
        enqueue(PushMessage.topic(topic));
    }

    /**
     * Sends a live message of {@code topic} (see {@link PushMessages#live}): values a page applies to its DOM as they
     * are, without reading anything. Only the newest live message of a topic that has not gone out yet is sent.
     */
    public void publishLive(String topic, String message) {
        enqueue(PushMessage.live(topic, message));
    }

    /**
     * Announces {@code topic} once the caller's transaction has committed (each topic once per transaction), so a page
     * that refreshes on it reads the change; nothing when the transaction rolls back. Without a transaction at once.
     */
    public void publishAfterCommit(String topic) {
        if (transactions.getTransactionKey() == null) {
            publish(topic);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pendingTopics = (Set<String>) transactions.getResource(PushBus.class);
        if (pendingTopics == null) {
            Set<String> topics = new LinkedHashSet<>();
            transactions.putResource(PushBus.class, topics);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before: topics go out only after a commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        topics.forEach(PushBus.this::publish);
                    }
                }
            });
            pendingTopics = topics;
        }
        pendingTopics.add(topic);
    }

    /**
     * Receives every published message (a topic name, or a live message), on the bus's sending thread. A subscriber
     * must not block: it queues what it cannot hand on at once.
     */
    public void subscribe(Consumer<PushMessage> subscriber) {
        subscribers.add(subscriber);
    }

    /** Stops receiving messages (the web module at undeployment). */
    public void unsubscribe(Consumer<PushMessage> subscriber) {
        subscribers.remove(subscriber);
    }

    private void enqueue(PushMessage message) {
        synchronized (this) {
            pending.put(message.key(), message);
            if (sending) {
                return; // the task under way takes it along
            }
            sending = true;
        }
        try {
            executor().execute(this::send);
        } catch (RejectedExecutionException e) {
            // the server is stopping: the pages are going away too
            LOG.log(Level.FINE, "Push not sent, the executor refused it", e);
            synchronized (this) {
                pending.clear();
                sending = false;
            }
        }
    }

    private void send() {
        while (true) {
            List<PushMessage> messages;
            synchronized (this) {
                if (pending.isEmpty()) {
                    sending = false;
                    return;
                }
                messages = new ArrayList<>(pending.values());
                pending.clear();
            }
            for (PushMessage message : messages) {
                for (Consumer<PushMessage> subscriber : subscribers) {
                    try {
                        subscriber.accept(message);
                    } catch (RuntimeException e) {
                        // a live page is a convenience: its failure must not stop the messages of the others
                        LOG.log(Level.WARNING, "Push subscriber failed on " + message.text(), e);
                    }
                }
            }
        }
    }

    private Executor executor() {
        return executor != null ? executor : managedExecutor;
    }
}
