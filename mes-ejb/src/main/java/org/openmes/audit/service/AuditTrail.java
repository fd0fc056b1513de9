package org.openmes.audit.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.audit.model.AuditAction;
import org.openmes.audit.model.FieldChange;
import org.openmes.audit.model.RecordChange;
import org.openmes.audit.model.RecordShape;
import org.openmes.audit.model.RecordState;
import org.openmes.common.persistence.AuditedEntity;

/**
 * Records every create, update and delete of a business record in the transaction that makes it. Fed by
 * {@link AuditListener}:
 * <ul>
 * <li>a record loaded in a transaction is remembered as it was read (a refresh replaces that);</li>
 * <li>after each write the changed fields are found by comparing with what was remembered, which then
 *     becomes the written state; an update that changed no field of the record gives no entry;</li>
 * <li>the entries wait in the transaction and are appended by {@link AuditJournal} when it commits, after
 *     the last flush, over the same database connection: a change that rolls back leaves no entry, and an
 *     entry that cannot be written rolls the change back.</li>
 * </ul>
 * What was remembered lives in the transaction's {@link TransactionSynchronizationRegistry} resources, so it
 * ends with the transaction and never reaches another one.
 * <p>
 * {@value #ENABLED}=false turns the trail off (for measuring its cost only): nothing is remembered or written.
 */
@ApplicationScoped
public class AuditTrail {
    static final String ENABLED = "mes.audit.enabled";

    /** Key of this trail's resource in the transaction registry. */
    private static final Object TRANSACTION_RESOURCE = AuditTransaction.class;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    AuditJournal journal;

    @Inject
    AuditContext context;

    @Inject
    @ConfigProperty(name = ENABLED, defaultValue = "true")
    boolean enabled;

    void loaded(AuditedEntity record) {
        if (!enabled) {
            return;
        }
        AuditTransaction transaction = current();
        // read outside a transaction: such a copy is never written back, nothing to compare with later
        if (transaction != null) {
            transaction.remember(record, RecordShape.of(record.getClass()).stateOf(record));
        }
    }

    void joinTransaction() {
        if (enabled) {
            required(null);
        }
    }

    void created(AuditedEntity record) {
        if (!enabled) {
            return;
        }
        AuditTransaction transaction = required(record);
        RecordShape shape = RecordShape.of(record.getClass());
        RecordState written = shape.stateOf(record);
        transaction.record(change(transaction, AuditAction.CREATE, shape, record, written.asCreated()));
        transaction.remember(record, written);
    }

    void updated(AuditedEntity record) {
        if (!enabled) {
            return;
        }
        AuditTransaction transaction = required(record);
        RecordShape shape = RecordShape.of(record.getClass());
        RecordState before = transaction.remembered(record);
        if (before == null) {
            throw new IllegalStateException(shape.entityType() + " " + shape.idOf(record) + " was updated but never"
                    + " loaded in this transaction: the audit trail cannot tell what changed");
        }
        RecordState written = shape.stateOf(record);
        List<FieldChange> changes = before.changesTo(written);
        if (!changes.isEmpty()) {
            transaction.record(change(transaction, AuditAction.UPDATE, shape, record, changes));
        }
        transaction.remember(record, written);
    }

    void deleted(AuditedEntity record) {
        if (!enabled) {
            return;
        }
        AuditTransaction transaction = required(record);
        RecordShape shape = RecordShape.of(record.getClass());
        transaction.record(change(transaction, AuditAction.DELETE, shape, record, shape.stateOf(record).asDeleted()));
        transaction.forget(record);
    }

    private RecordChange change(AuditTransaction transaction, AuditAction action, RecordShape shape,
            AuditedEntity record, List<FieldChange> changes) {
        String correlationId;
        String reason;
        try {
            correlationId = context.correlationId();
            reason = context.reason();
        } catch (ContextNotActiveException noRequest) {
            // a batch job or another thread without a request: there is no request to correlate with
            correlationId = null;
            reason = null;
        }
        return new RecordChange(OffsetDateTime.now(ZoneOffset.UTC), transaction.actor(), action, shape.entityType(),
                shape.idOf(record), changes, reason, correlationId);
    }

    /** The trail's part of the current transaction, joined on first use; null outside an active transaction. */
    private AuditTransaction current() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        AuditTransaction transaction = (AuditTransaction) transactions.getResource(TRANSACTION_RESOURCE);
        if (transaction == null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transaction = new AuditTransaction(journal);
            transactions.putResource(TRANSACTION_RESOURCE, transaction);
            // interposed: runs after the persistence provider's own synchronization has flushed at commit
            transactions.registerInterposedSynchronization(transaction);
        }
        return transaction;
    }

    private AuditTransaction required(AuditedEntity record) {
        AuditTransaction transaction = current();
        if (transaction == null) {
            throw new IllegalStateException((record == null ? "A record" : record.getClass().getSimpleName())
                    + " is written outside an active transaction: the audit trail cannot record it");
        }
        return transaction;
    }
}
