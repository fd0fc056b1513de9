package org.openmes.andon.notify;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.openmes.andon.model.AndonStatus;
import org.openmes.andon.model.NotificationStatus;

/**
 * Keeps the outbox from growing forever: a round every {@code mes.andon.notify.retention-round-seconds} deletes the
 * settled messages (SENT, or FAILED with no attempt left) of calls resolved more than
 * {@code mes.andon.notify.retention-days} ago. The round is one persistent interval timer, stored with the escalation
 * timers in PostgreSQL, so servers sharing the database run each round once; a start finds the timer already there
 * (created again only when the interval changed, and duplicates left by servers that started at once are cancelled).
 * System work without a caller: not a guarded service.
 */
@Singleton
@Startup
public class NotificationRetention {
    private static final Logger LOG = Logger.getLogger(NotificationRetention.class.getName());
    private static final String TIMER_PREFIX = "andon-notification-retention:";

    @Resource
    private TimerService timerService;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    private NotificationSettings settings;

    @PostConstruct
    void start() {
        long interval = settings.retentionRound().toMillis();
        String info = TIMER_PREFIX + interval;
        boolean kept = false;
        for (Timer timer : timerService.getTimers()) {
            if (!kept && info.equals(timer.getInfo())) {
                kept = true;
            } else if (String.valueOf(timer.getInfo()).startsWith(TIMER_PREFIX)) {
                timer.cancel(); // another interval, or a second timer of the same one
            }
        }
        if (!kept) {
            timerService.createIntervalTimer(interval, interval, new TimerConfig(info, true));
        }
    }

    @Timeout
    void round() {
        Instant now = Instant.now();
        int deleted = deleteSettledResolvedBefore(now.minus(settings.retention()));
        if (deleted > 0) {
            LOG.info(() -> "Deleted " + deleted + " andon notifications of calls resolved more than " + settings.retention().toDays()
                    + " days ago");
        }
    }

    /** Deletes the settled messages of the calls resolved before {@code cutoff}; how many. */
    int deleteSettledResolvedBefore(Instant cutoff) {
        return em.createQuery("delete from AndonNotification n where n.status in :settled and n.nextAttemptAt is null and n.callId in"
                        + " (select c.id from AndonCall c where c.status = :resolved and c.resolvedAt < :cutoff)")
                .setParameter("settled", List.of(NotificationStatus.SENT, NotificationStatus.FAILED))
                .setParameter("resolved", AndonStatus.RESOLVED)
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
