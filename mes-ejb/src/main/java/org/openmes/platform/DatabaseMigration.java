package org.openmes.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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
 */
@Startup
@Singleton(name = "DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    /** Off where a DBA applies the migrations by hand (the Flyway CLI on the same db/migration files). */
    static final String MIGRATE_ON_START = "mes.db.migrate-on-start";

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
                    .load()
                    .migrate();
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
}
