package org.openmes.audit.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.openmes.audit.model.AuditChain;
import org.openmes.audit.model.CanonicalJson;
import org.openmes.audit.model.RecordChange;

/**
 * Appends entries to the {@code audit_entry} table, chained to the newest one. Plain JDBC on the
 * application's data source: inside the transaction it is the connection the persistence provider wrote
 * the change with, so entries commit or roll back with the change.
 * <p>
 * Appends are serialized by a transaction-scoped advisory lock, held until commit: the next appender reads
 * the newest hash only once this one's entries are committed (the data source runs READ COMMITTED, where
 * every statement sees what committed before it). Should two appenders ever read the same newest hash, the
 * unique previous_hash constraint refuses the second instead of letting the chain fork.
 */
@ApplicationScoped
public class AuditJournal {
    /** Key of the advisory lock serializing appends: "OMESAUDT" in ASCII. */
    private static final long APPEND_LOCK = 0x4F4D455341554454L;

    private static final String LOCK = "select pg_advisory_xact_lock(" + APPEND_LOCK + ")";
    private static final String NEWEST_HASH = "select hash from audit_entry order by id desc limit 1";
    private static final String INSERT = "insert into audit_entry (occurred_at, actor, actor_kind, kiosk, action,"
            + " entity_type, entity_id, changes, reason, correlation_id, previous_hash, hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)";

    @Resource(lookup = "jdbc/mes")
    DataSource dataSource;

    void append(List<RecordChange> changes) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement lock = connection.createStatement()) {
                lock.execute(LOCK);
            }
            String previous = newestHash(connection);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (RecordChange change : changes) {
                    String hash = AuditChain.hash(previous, change);
                    insert.setObject(1, change.occurredAt());
                    insert.setString(2, change.actor().name());
                    insert.setString(3, change.actor().kind().name());
                    insert.setString(4, change.actor().kiosk());
                    insert.setString(5, change.action().name());
                    insert.setString(6, change.entityType());
                    insert.setString(7, change.entityId());
                    insert.setString(8, CanonicalJson.ofChanges(change.changes()));
                    insert.setString(9, change.reason());
                    insert.setString(10, change.correlationId());
                    insert.setString(11, previous);
                    insert.setString(12, hash);
                    insert.addBatch();
                    previous = hash;
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not record " + changes.size()
                    + " change(s); the transaction is rolled back", e);
        }
    }

    private static String newestHash(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet newest = query.executeQuery(NEWEST_HASH)) {
            return newest.next() ? newest.getString(1) : AuditChain.GENESIS;
        }
    }
}
