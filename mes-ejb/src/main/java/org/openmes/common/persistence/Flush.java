package org.openmes.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.openmes.common.ConflictException;

/**
 * Writes a transaction's pending changes now, inside the service call, so that what the database refuses comes back
 * as a business refusal (409) instead of failing at commit: a unique violation as the caller's conflict, a lost
 * optimistic lock as "changed by someone else". Any other failure is a bug and goes up as it is.
 */
public final class Flush {
    private Flush() {
    }

    /**
     * @param subject    what is being written, for the message of a lost optimistic lock ("quote Q-1")
     * @param duplicate the refusal to give when a unique constraint refuses the write
     */
    public static void now(EntityManager em, String subject, Supplier<ConflictException> duplicate) {
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            ConflictException refusal = new ConflictException("version", subject
                    + " was changed by someone else at the same time; reload it and apply your change again");
            refusal.initCause(changedMeanwhile);
            throw refusal;
        } catch (PersistenceException failure) {
            if (SqlStates.isCausedBy(failure, SqlStates.UNIQUE_VIOLATION)) {
                ConflictException refusal = duplicate.get();
                refusal.initCause(failure);
                throw refusal;
            }
            throw failure;
        }
    }
}
