package org.openmes.andon.notify;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openmes.andon.model.AndonCall;
import org.openmes.andon.model.AndonNotification;
import org.openmes.andon.model.NotificationChannel;
import org.openmes.andon.model.NotificationPlan;
import org.openmes.andon.model.Recipient;
import org.openmes.security.model.UserContact;

/**
 * Writes the messages of an escalation step into the outbox, in the step's transaction (a rolled-back step leaves
 * none), once per call, level, recipient and channel; after the commit it asks the {@link NotificationSender} to
 * deliver them at once instead of at its next round.
 */
@ApplicationScoped
public class NotificationOutbox {
    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    private RecipientResolver resolver;

    @Inject
    private NotificationSettings settings;

    @EJB
    private NotificationSender sender;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The messages telling {@code recipients} that {@code call} is at its current level, as of {@code at}. */
    public void write(AndonCall call, List<Recipient> recipients, Instant at) {
        Set<NotificationChannel> channels = settings.channels();
        if (channels.isEmpty() || recipients.isEmpty()) {
            return;
        }
        List<NotificationPlan.Resolved> resolved = resolver.resolve(recipients, call.getLineId(), at);
        List<String> people = resolved.stream().flatMap(r -> r.people().stream()).distinct().toList();
        Map<String, NotificationPlan.Contact> contacts = people.isEmpty() ? Map.of()
                : em.createQuery("select c from UserContact c where c.principalName in :people", UserContact.class)
                        .setParameter("people", people).getResultStream()
                        .collect(Collectors.toMap(UserContact::getPrincipalName, c -> new NotificationPlan.Contact(c.getEmail(), c.getPhone())));
        Set<String> written = em.createQuery("select n from AndonNotification n where n.callId = :call and n.level = :level",
                        AndonNotification.class).setParameter("call", call.getId()).setParameter("level", call.getEscalationLevel())
                .getResultStream().map(n -> n.getRecipient() + "|" + n.getChannel()).collect(Collectors.toSet());
        boolean pending = false;
        for (NotificationPlan.Message message : NotificationPlan.messages(resolved, contacts, channels)) {
            if (written.contains(message.recipient() + "|" + message.channel())) {
                continue; // written by an earlier run of this step: once per call, level, recipient and channel
            }
            em.persist(message.failure() == null
                    ? AndonNotification.pending(call.getId(), call.getEscalationLevel(), message.recipient(), message.channel(), message.address(), at)
                    : AndonNotification.undeliverable(call.getId(), call.getEscalationLevel(), message.recipient(), message.channel(),
                            message.failure(), at));
            pending |= message.failure() == null;
        }
        if (pending) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before: the sender may only see committed messages
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        sender.deliverSoon();
                    }
                }
            });
        }
    }
}
