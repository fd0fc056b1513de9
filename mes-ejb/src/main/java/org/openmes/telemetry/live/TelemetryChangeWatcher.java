package org.openmes.telemetry.live;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.openmes.platform.push.PushBus;
import org.openmes.platform.push.PushTopics;
import org.openmes.telemetry.events.EdgeEvent;

/**
 * Publishes telemetry changes as push topics, once a second, from one timer thread only: {@code equipment-<id>} for the
 * equipment of the edge events other than counts the ingest fired since the last look (a fault, a state change:
 * what the floor pages show from the database), and {@code signals-<id>} for the equipment that counted or whose
 * newest sample time moved (current values change with nearly every scan without an event), for the pages that show
 * the values themselves; and the connector's last report, compared with the previous look
 * ({@code telemetry_current_value} holds one row per equipment signal: two small aggregates). The floor pages do not
 * listen to {@code signals-<id>}: they take counts and OEE from live messages (org.openmes.floor.service.LiveFigures),
 * so a running line does not make every open page refresh every second. System work without a caller, hence not a
 * guarded service.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TelemetryChangeWatcher {
    private static final Logger LOG = Logger.getLogger(TelemetryChangeWatcher.class.getName());
    private static final String NEWEST_VALUES = "select equipment_id, max(sampled_at) from telemetry_current_value group by equipment_id";
    private static final String NEWEST_REPORT = "select greatest((select max(reported_at) from telemetry_plc_status),"
            + " (select max(reported_at) from telemetry_connector_status))";

    @Resource(lookup = "jdbc/mes")
    private DataSource dataSource;

    @Inject
    private PushBus push;

    private final Set<Long> eventsSeen = ConcurrentHashMap.newKeySet();
    private final Set<Long> countsSeen = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean looking = new AtomicBoolean();
    private Map<Long, Timestamp> lastValues = Map.of();
    private Timestamp lastReport;

    /**
     * Notes the equipment of a newly stored edge event; the next look publishes it. Publishing here would run the
     * websocket sends on the ingest's threads; a page whose connection hangs must not hold up ingest.
     * A business method: the container lets a session bean observe CDI events only through one.
     */
    public void edgeEventStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) EdgeEvent event) {
        (event.kind() == EdgeEvent.Kind.COUNT ? countsSeen : eventsSeen).add(event.equipmentId());
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void look() {
        // one look at a time: a slow database or a slow page must not pile up a timer thread every second
        if (!looking.compareAndSet(false, true)) {
            return;
        }
        try {
            Set<String> topics = new LinkedHashSet<>();
            for (Iterator<Long> seen = eventsSeen.iterator(); seen.hasNext(); ) {
                topics.add(PushTopics.equipment(seen.next()));
                seen.remove();
            }
            for (Iterator<Long> seen = countsSeen.iterator(); seen.hasNext(); ) {
                topics.add(PushTopics.signals(seen.next()));
                seen.remove();
            }
            changes(topics);
            topics.forEach(push::publish);
        } finally {
            looking.set(false);
        }
    }

    private void changes(Set<String> topics) {
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, Timestamp> values = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(NEWEST_VALUES);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getLong(1), rows.getTimestamp(2));
                }
            }
            Timestamp report;
            try (PreparedStatement statement = connection.prepareStatement(NEWEST_REPORT);
                 ResultSet row = statement.executeQuery()) {
                row.next();
                report = row.getTimestamp(1);
            }
            Map<Long, Timestamp> previous = lastValues;
            values.forEach((equipment, newest) -> {
                if (!newest.equals(previous.get(equipment))) {
                    topics.add(PushTopics.signals(equipment));
                }
            });
            if (!Objects.equals(report, lastReport)) {
                topics.add(PushTopics.TELEMETRY);
            }
            lastValues = values;
            lastReport = report;
        } catch (SQLException e) {
            // the next look in a second tries again; pages just stay as they are meanwhile
            LOG.log(Level.FINE, "Cannot look for telemetry changes", e);
        }
    }
}
