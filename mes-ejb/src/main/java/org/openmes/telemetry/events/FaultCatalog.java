package org.openmes.telemetry.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.openmes.common.shopfloor.AndonPriority;
import org.openmes.common.shopfloor.DowntimeCategory;
import org.openmes.telemetry.model.FaultSeverity;

/**
 * The fault catalog for the system's own work: event observers, timers and message-driven beans that have no caller,
 * so they cannot use the guarded {@code FaultCatalogService}. Reads the database on every call (no cache, so an edit
 * counts from its commit on) through {@code jdbc/mes}: inside a JTA transaction the read joins it, outside one (an
 * {@code AFTER_SUCCESS} observer) it runs on its own.
 */
@ApplicationScoped
public class FaultCatalog {
    private static final String LOOKUP = "select code, text, severity, downtime_category, andon_priority"
            + " from telemetry_fault_definition where equipment_id = ? and bit = ?";

    @Resource(lookup = "jdbc/mes")
    private DataSource dataSource;

    /** For CDI. */
    public FaultCatalog() {
    }

    /** On a data source of one's own, as the tests read the catalog outside the server. */
    public FaultCatalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What bit {@code bit} of the equipment's FAULT_WORD means; empty when the catalog has no entry for it. */
    public Optional<FaultDefinition> lookup(long equipmentId, int bit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(LOOKUP)) {
            statement.setLong(1, equipmentId);
            statement.setInt(2, bit);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new FaultDefinition(equipmentId, bit, row.getString(1), row.getString(2),
                        FaultSeverity.valueOf(row.getString(3)), DowntimeCategory.valueOf(row.getString(4)),
                        AndonPriority.valueOf(row.getString(5))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the fault catalog for equipment " + equipmentId + " bit " + bit, e);
        }
    }

    /** The definition of the fault a FAULT_RAISED / FAULT_CLEARED event concerns; empty for other kinds or no entry. */
    public Optional<FaultDefinition> faultOf(EdgeEvent event) {
        if (event.bit() == null || (event.kind() != EdgeEvent.Kind.FAULT_RAISED && event.kind() != EdgeEvent.Kind.FAULT_CLEARED)) {
            return Optional.empty();
        }
        return lookup(event.equipmentId(), event.bit());
    }
}
