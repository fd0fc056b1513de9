package org.openmes.andon.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.openmes.andon.model.AndonCall;
import org.openmes.andon.model.AndonNotification;
import org.openmes.andon.model.NotificationChannel;
import org.openmes.plant.service.PlantQueries;

/**
 * Sends one message of the outbox in a transaction of its own: locks its row (skipping a row another round or server
 * holds), sends it by its channel and records SENT, or FAILED with the reason and when to try again. A crash between
 * the send and the commit sends that message again on the next round (at least once, never lost).
 */
@ApplicationScoped
public class NotificationDelivery {
    /** A round takes at most this many messages; the rest wait for the next. */
    static final int ROUND_SIZE = 100;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    private NotificationSettings settings;

    @Inject
    private MailChannel mail;

    @Inject
    private SmsChannel sms;

    /** The messages due now (not sent, attempts left, their time come), oldest first. */
    public List<Long> due() {
        return em.createQuery("select n.id from AndonNotification n where n.status <> org.openmes.andon.model.NotificationStatus.SENT"
                        + " and n.nextAttemptAt <= :now and n.attempts < :max order by n.id", Long.class)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC)).setParameter("max", settings.maxAttempts())
                .setMaxResults(ROUND_SIZE).getResultList();
    }

    /** Sends message {@code id} if it is still due and no one else is sending it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(long id) {
        List<?> locked = em.createNativeQuery("select id from andon_notification where id = ? and status <> 'SENT' for update skip locked")
                .setParameter(1, id).getResultList();
        if (locked.isEmpty()) {
            return; // sent meanwhile, or another round or server is sending it now
        }
        AndonNotification notification = em.find(AndonNotification.class, id);
        Instant now = Instant.now();
        if (!notification.isDue(now, settings.maxAttempts())) {
            return;
        }
        AndonCall call = em.find(AndonCall.class, notification.getCallId());
        String line = PlantQueries.codes(em, List.of(call.getLineId())).get(call.getLineId());
        AndonMessage message = AndonMessage.of(call, line, notification.getLevel());
        try {
            if (notification.getChannel() == NotificationChannel.EMAIL) {
                mail.send(notification.getAddress(), message.subject(), message.body());
            } else {
                sms.send(notification.getAddress(), message.shortText());
            }
            notification.sent(Instant.now());
        } catch (DeliveryException e) {
            notification.failed(e.getMessage(), Instant.now(), settings.retryBackoff(), settings.maxAttempts());
        }
    }
}
