package org.openmes.audit.service;

import jakarta.transaction.Synchronization;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openmes.audit.model.Actor;
import org.openmes.audit.model.RecordChange;
import org.openmes.audit.model.RecordState;

/**
 * The audit trail's part of one transaction: the records as last read or written (by identity: the
 * persistence context holds one instance per record) and the entries still to append. Appends them
 * before the transaction completes; a transaction that rolls back never gets there, and its entries
 * go with it.
 */
final class AuditTransaction implements Synchronization {
    private final AuditJournal journal;
    private final Map<Object, RecordState> states = new IdentityHashMap<>();
    private final List<RecordChange> pending = new ArrayList<>();
    private Actor actor;

    AuditTransaction(AuditJournal journal) {
        this.journal = journal;
    }

    void remember(Object record, RecordState state) {
        states.put(record, state);
    }

    RecordState remembered(Object record) {
        return states.get(record);
    }

    void forget(Object record) {
        states.remove(record);
    }

    void record(RecordChange change) {
        pending.add(change);
    }

    /** The caller, asked once at the first change: one transaction is one caller's work. */
    Actor actor() {
        if (actor == null) {
            actor = Actor.ofCaller();
        }
        return actor;
    }

    @Override
    public void beforeCompletion() {
        if (!pending.isEmpty()) {
            journal.append(pending);
        }
    }

    @Override
    public void afterCompletion(int status) {
        // nothing to release: the registry drops this object with the transaction
    }
}
