package org.openmes.andon.service;

import jakarta.persistence.EntityManager;
import org.openmes.andon.model.AndonCall;
import org.openmes.andon.model.AndonEventKind;

/** Opening a call, the same whether a person raises it or the system does from a machine fault. */
final class AndonCalls {
    private AndonCalls() {
    }

    /** Stores the new call, records that it was raised (calling level 1) and plans its first escalation. */
    static AndonCall open(EntityManager entityManager, Escalations escalations, AndonCall call) {
        entityManager.persist(call);
        entityManager.flush();
        escalations.record(call, AndonEventKind.RAISED, call.getRaisedBy(), call.getRaisedAt(), call.getDescription());
        escalations.planNext(call, call.getRaisedAt());
        return call;
    }
}
