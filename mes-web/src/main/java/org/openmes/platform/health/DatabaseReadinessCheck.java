package org.openmes.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the MES database answers: borrows a pooled connection and asks the driver to check it.
 * A failure is reported with its reason; the stack trace goes to the log, never into the health answer.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());
    private static final String NAME = "database";
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/mes")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return HealthCheckResponse.up(NAME);
            }
            return down("the database did not confirm the connection within " + TIMEOUT_SECONDS + " s");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Readiness check: the database is not available", e);
            return down(e.getMessage() == null ? "the database is not available" : e.getMessage());
        }
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }
}
