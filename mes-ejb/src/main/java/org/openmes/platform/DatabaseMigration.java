package org.openmes.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway before anything else uses it: Flyway owns the
 * schema, JPA generates none. Bean-managed transactions, because Flyway commits each migration itself.
 * If a migration fails the application does not start: running on a schema the code does not expect
 * would corrupt data.
 * <p>
 * Liberty's persistent EJB timers keep their tables ({@value #TIMER_TABLE_PREFIX}*, server.xml {@code mesTimerStore})
 * in the same schema and create them when the EJB module starts, concurrently with this bean (they may appear between
 * our look at the schema and Flyway's). A schema holding nothing or nothing but those tables counts as empty (Flyway
 * baselines it at version 0 if they are there by then, and applies every migration); any other non-empty schema
 * without Flyway's history is still refused.
 */
@Startup
@Singleton(name = "DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    /** Off where a DBA applies the migrations by hand (the Flyway CLI on the same db/migration files). */
    static final String MIGRATE_ON_START = "mes.db.migrate-on-start";
    /** The table prefix of Liberty's persistent timer store, as server.xml sets it (PostgreSQL folds it to lower case). */
    static final String TIMER_TABLE_PREFIX = "mestimer_";

    @Resource(lookup = "jdbc/mes")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        if (!ConfigProvider.getConfig().getOptionalValue(MIGRATE_ON_START, Boolean.class).orElse(true)) {
            LOG.info(() -> "Database migration on start is off (" + MIGRATE_ON_START + "=false); expecting an up-to-date schema");
            return;
        }
        MigrateResult result;
        try {
            // this class's loader sees the migrations in this module and Flyway's database plugins in the EAR
            result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    // no SQL callbacks; without this Flyway probes db/callback and logs an error on Liberty
                    .callbackLocations("classpath:db/migration")
                    // an unreadable location must stop the start, not leave an empty schema behind
                    .failOnMissingLocations(true)
                    .baselineOnMigrate(holdsOnlyTimerTables())
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Database migration failed, the MES does not start: cannot read the schema: "
                    + failure.getMessage(), failure);
        } catch (FlywayException failure) {
            throw new IllegalStateException("Database migration failed, the MES does not start: "
                    + failure.getMessage(), failure);
        }
        if (result.migrationsExecuted == 0) {
            LOG.info(() -> "Database schema is up to date at version " + result.initialSchemaVersion);
            return;
        }
        for (MigrateOutput migration : result.migrations) {
            LOG.info(() -> "Applied database migration " + migration.version + " (" + migration.description
                    + ") in " + migration.executionTime + " ms");
        }
        LOG.info(() -> "Database schema migrated from version "
                + (result.initialSchemaVersion == null ? "<empty>" : result.initialSchemaVersion)
                + " to " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migration(s))");
    }

    /** Whether the schema has no Flyway history and no table but those of Liberty's timer store (or none yet). */
    private boolean holdsOnlyTimerTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select lower(table_name) from information_schema.tables where table_schema = current_schema()");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables.stream().allMatch(table -> table.startsWith(TIMER_TABLE_PREFIX));
    }
}
