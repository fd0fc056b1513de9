package org.openmes.common.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SqlStatesTest {

    @Test
    void theUniqueViolationIsFoundDeepInTheCauseChain() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        PersistenceException failure = new PersistenceException("flush failed", new RuntimeException("provider", duplicate));
        assertTrue(SqlStates.isCausedBy(failure, SqlStates.UNIQUE_VIOLATION));
    }

    @Test
    void theForeignKeyViolationIsFoundBehindABatchUpdatesNextException() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 0 was aborted", "", new int[0]);
        batch.setNextException(new SQLException("violates foreign key constraint", "23503"));
        PersistenceException failure = new PersistenceException("flush failed", batch);
        assertTrue(SqlStates.isCausedBy(failure, SqlStates.FOREIGN_KEY_VIOLATION));
    }

    @Test
    void anotherSqlStateIsNotTakenForIt() {
        PersistenceException failure = new PersistenceException("flush failed",
                new SQLException("violates check constraint", "23514"));
        assertFalse(SqlStates.isCausedBy(failure, SqlStates.UNIQUE_VIOLATION));
    }

    @Test
    void anyOfSeveralStatesIsFound() {
        PersistenceException failure = new PersistenceException("lock failed",
                new SQLException("canceling statement due to lock timeout", "55P03"));
        assertTrue(SqlStates.isCausedBy(failure, SqlStates.LOCK_NOT_AVAILABLE, SqlStates.DEADLOCK_DETECTED));
        assertFalse(SqlStates.isCausedBy(failure, SqlStates.DEADLOCK_DETECTED));
    }

    @Test
    void anSqlExceptionWithoutStateIsPassedOver() {
        SQLException stateless = new SQLException("driver trouble");
        stateless.setNextException(new SQLException("deadlock detected", "40P01"));
        assertTrue(SqlStates.isCausedBy(new PersistenceException("flush failed", stateless),
                SqlStates.DEADLOCK_DETECTED));
    }

    @Test
    void aFailureWithoutSqlExceptionHasNoSqlState() {
        assertFalse(SqlStates.isCausedBy(new PersistenceException("no database involved"), SqlStates.UNIQUE_VIOLATION));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(SqlStates.isCausedBy(first, SqlStates.UNIQUE_VIOLATION));
    }
}
