package org.openmes.andon.notify;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
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
 * {@code mes.andon.notify.retention-days} ago. The round is a non-persistent interval timer on every server: the
 * delete is idempotent, so servers sharing the database may each run it (the second finds nothing left), and a round
 * missed while a server is down is made up by the next. It was a persistent timer at first (one round per cluster),
 * but with that timer in the store an escalation timer due while the server was down no longer fired after a
 * {@code kill -9} and restart (KilledServerRestartIT; cause inside Liberty's fail-over executor not found), and
 * escalation matters far more than a clean-up running once instead of once per server.
 * System work without a caller: not a guarded service.
 */
@Singleton
@Startup
public class NotificationRetention {
    private static final Logger LOG = Logger.getLogger(NotificationRetention.class.getName());

    @Resource
    private TimerService timerService;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    private NotificationSettings settings;

    @PostConstruct
    void start() {
        long interval = settings.retentionRound().toMillis();
        timerService.createIntervalTimer(interval, interval, new TimerConfig("andon-notification-retention", false));
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
