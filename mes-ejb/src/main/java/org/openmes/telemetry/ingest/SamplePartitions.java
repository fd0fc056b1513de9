package org.openmes.telemetry.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps the daily partitions of {@code telemetry_sample} created {@code mes.telemetry.partitions.days-ahead} days
 * ahead (default 7): at start-up and every hour. Rows no partition takes land in the default partition instead of
 * being refused.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class SamplePartitions {
    private static final Logger LOG = Logger.getLogger(SamplePartitions.class.getName());

    @Resource(lookup = "jdbc/mesIngest")
    private DataSource dataSource;

    @PostConstruct
    void atStart() {
        ensure();
    }

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        ensure();
    }

    /** Creates the missing partitions; returns how many were created. */
    public int ensure() {
        int daysAhead = ConfigProvider.getConfig().getOptionalValue("mes.telemetry.partitions.days-ahead", Integer.class)
                .orElse(7);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select telemetry_ensure_sample_partitions(?)")) {
            statement.setInt(1, daysAhead);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                int created = result.getInt(1);
                if (created > 0) {
                    LOG.info(() -> "Created " + created + " daily partitions of telemetry_sample");
                }
                return created;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the partitions of telemetry_sample", e);
        }
    }
}
