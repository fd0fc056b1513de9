package org.openmes.security.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openmes.security.model.AccessRules;
import org.openmes.security.model.CallerIdentity;
import org.openmes.security.model.MesRole;
import org.openmes.security.model.Permission;

/**
 * The access rules as stored, and each caller's permissions, held in memory: every guarded call asks, and the
 * rules change rarely. An edit of the rules empties this cache once its transaction has ended (so no reader
 * caches the rules of before the commit); a copy older than {@value #MAX_AGE_KEY} seconds (default
 * {@value #DEFAULT_MAX_AGE_SECONDS}) is read again, which is how other servers of a cluster, whose caches this
 * one cannot empty, catch up with an edit.
 */
@ApplicationScoped
public class AccessRulesCache {
    static final String MAX_AGE_KEY = "mes.security.access-cache-seconds";
    static final int DEFAULT_MAX_AGE_SECONDS = 60;

    private static final String GRANTS = "select role_code, permission_code from security_role_permission";
    private static final String GROUPS = "select group_name, role_code from security_group_mapping";
    private static final String ASSIGNMENTS = "select principal_name, role_code from security_role_assignment";

    @Resource(lookup = "jdbc/mes")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile Snapshot snapshot;
    /** Counts invalidations, so that a load that began before one does not store what it read. */
    private long generation;

    /** The rules, read again when emptied or too old. */
    public AccessRules rules() {
        return current().rules;
    }

    /** The permissions of {@code caller}, remembered per principal and groups. */
    public Set<Permission> permissionsOf(CallerIdentity caller) {
        Snapshot current = current();
        return current.permissions.computeIfAbsent(new CallerKey(caller.name(), caller.groups()),
                key -> Set.copyOf(current.rules.permissionsOf(caller)));
    }

    /** Empties the cache when the current transaction ends (at once when there is none). */
    public void invalidateAfterCompletion() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            invalidate();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // only the outcome matters
            }

            @Override
            public void afterCompletion(int status) {
                invalidate();
            }
        });
    }

    synchronized void invalidate() {
        generation++;
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot cached = snapshot;
        if (cached != null && System.nanoTime() - cached.loadedAt < maxAgeNanos()) {
            return cached;
        }
        long loadingGeneration;
        synchronized (this) {
            loadingGeneration = generation;
        }
        Snapshot loaded = new Snapshot(load(), System.nanoTime());
        synchronized (this) {
            if (generation == loadingGeneration) {
                snapshot = loaded;
            }
        }
        return loaded;
    }

    private static long maxAgeNanos() {
        int seconds = ConfigProvider.getConfig().getOptionalValue(MAX_AGE_KEY, Integer.class).orElse(DEFAULT_MAX_AGE_SECONDS);
        return seconds * 1_000_000_000L;
    }

    private AccessRules load() {
        AccessRules.Builder rules = AccessRules.builder();
        try (Connection connection = dataSource.getConnection()) {
            for (String[] row : rows(connection, GRANTS)) {
                Permission permission = Permission.ofCode(row[1]);
                // a permission this version does not know guards nothing here; the migration test keeps them in step
                if (permission != null) {
                    rules.grant(MesRole.valueOf(row[0]), permission);
                }
            }
            for (String[] row : rows(connection, GROUPS)) {
                rules.mapGroup(row[0], MesRole.valueOf(row[1]));
            }
            for (String[] row : rows(connection, ASSIGNMENTS)) {
                rules.assign(row[0], MesRole.valueOf(row[1]));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the access rules failed", e);
        }
        return rules.build();
    }

    private static List<String[]> rows(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet result = select.executeQuery()) {
            List<String[]> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(new String[] {result.getString(1), result.getString(2)});
            }
            return rows;
        }
    }

    private record CallerKey(String name, Set<String> groups) {
    }

    private record Snapshot(AccessRules rules, long loadedAt, Map<CallerKey, Set<Permission>> permissions) {
        Snapshot(AccessRules rules, long loadedAt) {
            this(rules, loadedAt, new ConcurrentHashMap<>());
        }
    }
}
