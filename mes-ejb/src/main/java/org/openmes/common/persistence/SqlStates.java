package org.openmes.common.persistence;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Finds the database's reason behind a persistence failure. The SQLException sits somewhere in the cause
 * chain of the provider's exception, and with JDBC batch writing behind a BatchUpdateException's next
 * exception, so both links are followed.
 */
public final class SqlStates {
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    /** A lock wait ran into PostgreSQL's lock_timeout (or NOWAIT found the row locked). */
    public static final String LOCK_NOT_AVAILABLE = "55P03";
    public static final String DEADLOCK_DETECTED = "40P01";

    private SqlStates() {
    }

    /** Whether the database refused {@code failure} with one of {@code sqlStates}. */
    public static boolean isCausedBy(Throwable failure, String... sqlStates) {
        List<String> wanted = List.of(sqlStates);
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable current = pending.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (current instanceof SQLException sql) {
                if (sql.getSQLState() != null && wanted.contains(sql.getSQLState())) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    pending.push(sql.getNextException());
                }
            }
            if (current.getCause() != null) {
                pending.push(current.getCause());
            }
        }
        return false;
    }
}
