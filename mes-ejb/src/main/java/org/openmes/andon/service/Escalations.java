package org.openmes.andon.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openmes.andon.model.AndonCall;
import org.openmes.andon.model.AndonCallEvent;
import org.openmes.andon.model.AndonEventKind;
import org.openmes.common.shopfloor.AndonPriority;
import org.openmes.andon.model.AndonStatus;
import org.openmes.andon.model.EscalationRule;
import org.openmes.andon.notify.NotificationOutbox;
import org.openmes.common.ConflictException;
import org.openmes.platform.push.PushBus;
import org.openmes.platform.push.PushTopics;

/**
 * The escalation of calls, shared by the people's steps (through {@link AndonService}) and the timers
 * ({@link EscalationTimers}): which rules apply, recording a step in the history, moving a call up a level, and
 * planning the next move on a persistent timer. Runs in the caller's transaction, so a step, its history and its
 * timer are committed together or not at all.
 */
@ApplicationScoped
public class Escalations {
    @PersistenceContext(unitName = "mes")
    private EntityManager entityManager;

    @EJB
    private EscalationTimers timers;

    @Inject
    private PushBus push;

    @Inject
    private NotificationOutbox outbox;

    /** The levels for calls of {@code priority} on line {@code lineId}: the line's own, else the plant-wide ones; by level. */
    public List<EscalationRule> rulesFor(long lineId, AndonPriority priority) {
        List<EscalationRule> own = entityManager.createQuery("select r from EscalationRule r where r.lineId = :line and r.priority = :priority"
                + " order by r.level", EscalationRule.class).setParameter("line", lineId).setParameter("priority", priority).getResultList();
        return own.isEmpty() ? entityManager.createQuery("select r from EscalationRule r where r.lineId is null and r.priority = :priority"
                + " order by r.level", EscalationRule.class).setParameter("priority", priority).getResultList() : own;
    }

    /** Who is called at the call's current level ("" when no rule covers it). */
    public String recipients(AndonCall call) {
        return rule(call, call.getEscalationLevel()).map(EscalationRule::getRecipients).orElse("");
    }

    /**
     * Records a step in the call's history, naming who is called at the call's level now; every step passes here, so
     * the live pages are told here too (once the step commits: the line's topic and the plant-wide andon topic), and a raise or a move up writes the messages to
     * the people called at the new level into the notification outbox, in this same transaction.
     */
    public void record(AndonCall call, AndonEventKind kind, String actor, Instant at, String note) {
        Optional<EscalationRule> rule = rule(call, call.getEscalationLevel());
        entityManager.persist(new AndonCallEvent(call.getId(), kind, at, actor, call.getEscalationLevel(),
                rule.map(EscalationRule::getRecipients).orElse(""), note));
        if (kind == AndonEventKind.RAISED || kind == AndonEventKind.ESCALATED) {
            rule.ifPresent(r -> outbox.write(call, r.recipientList(), at));
        }
        push.publishAfterCommit(PushTopics.line(call.getLineId()));
        push.publishAfterCommit(PushTopics.ANDON);
    }

    /** Moves the call up to the next level with a rule; 409 when it is at the highest. */
    public void escalate(AndonCall call, String actor, Instant at, String note) {
        EscalationRule next = nextRule(call).orElseThrow(() -> new ConflictException("level", "Andon call " + call.getId()
                + " is at its highest escalation level (" + call.getEscalationLevel() + ") already"));
        call.escalateTo(next.getLevel());
        record(call, AndonEventKind.ESCALATED, actor, at, note);
        planNext(call, at);
    }

    /**
     * Plans the next automatic move of the call: an open call moves up when its level's acknowledge timeout passes,
     * an acknowledged one when its resolve timeout passes; none when it is resolved or at the highest level.
     */
    public void planNext(AndonCall call, Instant from) {
        Optional<EscalationRule> current = rule(call, call.getEscalationLevel());
        if (call.getStatus() == AndonStatus.RESOLVED || current.isEmpty() || nextRule(call).isEmpty()) {
            call.planNextEscalation(null);
            return;
        }
        int seconds = call.getStatus() == AndonStatus.OPEN ? current.get().getAcknowledgeTimeoutSeconds()
                : current.get().getResolveTimeoutSeconds();
        Instant at = from.plus(Duration.ofSeconds(seconds));
        call.planNextEscalation(at);
        timers.schedule(call.getId(), call.getEscalationSequence(), at);
    }

    /** Whether a rule covers a level above the call's. */
    public boolean hasHigherLevel(AndonCall call) {
        return nextRule(call).isPresent();
    }

    /** Why a timer moves the call up now. */
    public String timeoutNote(AndonCall call) {
        Optional<EscalationRule> current = rule(call, call.getEscalationLevel());
        return call.getStatus() == AndonStatus.OPEN
                ? "Not acknowledged within " + current.map(EscalationRule::getAcknowledgeTimeoutSeconds).orElse(0) + " s at level "
                        + call.getEscalationLevel()
                : "Not resolved within " + current.map(EscalationRule::getResolveTimeoutSeconds).orElse(0) + " s at level "
                        + call.getEscalationLevel();
    }

    private Optional<EscalationRule> rule(AndonCall call, int level) {
        return rulesFor(call.getLineId(), call.getPriority()).stream().filter(r -> r.getLevel() == level).findFirst();
    }

    private Optional<EscalationRule> nextRule(AndonCall call) {
        return rulesFor(call.getLineId(), call.getPriority()).stream().filter(r -> r.getLevel() > call.getEscalationLevel()).findFirst();
    }
}
