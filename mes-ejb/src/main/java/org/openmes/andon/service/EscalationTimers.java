package org.openmes.andon.service;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Logger;
import org.openmes.andon.model.AndonCall;
import org.openmes.andon.model.AndonStatus;
import org.openmes.common.persistence.Caller;

/**
 * The escalation's timers: one persistent single-action EJB timer per planned move of a call. Persistent timers are
 * stored by Liberty's persistent executor in PostgreSQL (server.xml), so they survive a restart, and with a shared
 * database the executor runs each once in a cluster. A timer carries the call and the escalation sequence it was
 * set for; when it fires, a call that moved on since (acknowledged, resolved, escalated by hand) makes it a no-op.
 * System work without a caller: not a guarded service.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EscalationTimers {
    private static final Logger LOG = Logger.getLogger(EscalationTimers.class.getName());

    @Resource
    private TimerService timerService;

    @PersistenceContext(unitName = "mes")
    private EntityManager entityManager;

    @Inject
    private Escalations escalations;

    /** Sets a timer that moves call {@code callId} up at {@code at} if it is still at {@code sequence} then. */
    public void schedule(long callId, int sequence, Instant at) {
        timerService.createSingleActionTimer(Date.from(at), new TimerConfig(callId + ":" + sequence, true));
    }

    @Timeout
    void fire(Timer timer) {
        String[] info = String.valueOf(timer.getInfo()).split(":");
        long callId = Long.parseLong(info[0]);
        int sequence = Integer.parseInt(info[1]);
        AndonCall call = entityManager.find(AndonCall.class, callId, LockModeType.PESSIMISTIC_WRITE);
        if (call == null || call.getStatus() == AndonStatus.RESOLVED || call.getEscalationSequence() != sequence) {
            LOG.fine(() -> "Escalation timer of andon call " + callId + " (step " + sequence + ") is stale");
            return;
        }
        if (!escalations.hasHigherLevel(call)) {
            // the rules changed since the timer was set: nothing above this level any more
            call.planNextEscalation(null);
            return;
        }
        escalations.escalate(call, Caller.SYSTEM, Instant.now(), escalations.timeoutNote(call));
    }
}
