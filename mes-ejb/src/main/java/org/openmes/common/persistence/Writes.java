package org.openmes.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.openmes.common.ConflictException;
import org.openmes.common.MesException;

/**
 * Writes a service's pending changes now, inside the call, so that what the database refuses comes back as a
 * business refusal instead of a failure at commit: a unique violation as the refusal the caller names, a
 * lost optimistic lock as the caller's stale-version refusal. Either may be null where it cannot happen (no
 * unique key touched; only new rows written). Anything else is a bug and goes up as it is.
 */
public final class Writes {
    private Writes() {
    }

    public static void flush(EntityManager em, Supplier<? extends MesException> onDuplicate,
            Supplier<? extends MesException> onStale) {
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            if (onStale == null) {
                throw changedMeanwhile;
            }
            throw withCause(onStale.get(), changedMeanwhile);
        } catch (PersistenceException failure) {
            if (onDuplicate != null && SqlStates.isCausedBy(failure, SqlStates.UNIQUE_VIOLATION)) {
                throw withCause(onDuplicate.get(), failure);
            }
            throw failure;
        }
    }

    /**
     * {@link #flush} for a record whose lost optimistic lock is a 409 on {@code version} naming {@code subject}
     * ("quote Q-1"): someone changed it at the same time.
     */
    public static void flushRecord(EntityManager em, String subject, Supplier<? extends MesException> onDuplicate) {
        flush(em, onDuplicate, () -> new ConflictException("version", subject
                + " was changed by someone else at the same time; reload it and apply your change again"));
    }

    private static MesException withCause(MesException refusal, Throwable cause) {
        refusal.initCause(cause);
        return refusal;
    }
}
