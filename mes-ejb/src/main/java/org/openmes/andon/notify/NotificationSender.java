package org.openmes.andon.notify;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: at every round of a non-persistent interval timer ({@code mes.andon.notify.poll-seconds}),
 * and at once after a step wrote messages. The outbox table is what survives a restart, so the timer need not; each
 * message is delivered in a transaction of its own that locks its row ({@link NotificationDelivery}), so several
 * rounds, or several servers, never send one twice. One round at a time per server.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationSender {
    private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());

    @Resource
    private TimerService timerService;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private NotificationDelivery delivery;

    @Inject
    private NotificationSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @PostConstruct
    void start() {
        long interval = settings.pollInterval().toMillis();
        timerService.createIntervalTimer(interval, interval, new TimerConfig("andon-notifications", false));
    }

    /** Delivers what is due on a managed thread, without waiting for it. */
    public void deliverSoon() {
        executor.execute(this::deliverDue);
    }

    @Timeout
    void round() {
        deliverDue();
    }

    /** Delivers every message due now; a round asked for while one runs makes that one go round again. */
    void deliverDue() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                for (long id : delivery.due()) {
                    deliverOne(id);
                }
            } finally {
                running.set(false);
            }
        }
    }

    private void deliverOne(long id) {
        try {
            delivery.deliver(id);
        } catch (RuntimeException e) {
            // the message stays due and the next round tries it again; the failure itself is in the log, since
            // the transaction that would have recorded it on the row is the one that failed
            LOG.log(Level.WARNING, "Andon notification " + id + " could not be recorded; tried again next round", e);
        }
    }
}
