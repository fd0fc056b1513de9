package org.openmes.telemetry.live;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.openmes.floor.model.EquipmentState;
import org.openmes.platform.push.PushBus;
import org.openmes.platform.push.PushMessages;
import org.openmes.platform.push.PushTopics;
import org.openmes.telemetry.model.EquipmentSignal;

/**
 * Pushes the state-relevant signals of every scan to the live pages as soon as the ingest receives the scan, before it
 * is stored: what a page colours a machine by (STATE, RUNNING, FAULT_WORD, COMMS, and the state they make,
 * {@link EquipmentState#fromSignals}) is display-only, so it need not wait for the database. A live message goes out
 * only when these signals of a piece of equipment changed; it carries all of them, so a newer message replaces an
 * older one that has not gone out yet. Counts, stops with their reasons, jobs and calls still reach pages by topic
 * after their commit (docs/architecture.md, "Server push to pages").
 * <p>
 * Which tag feeds which equipment signal is read from the mapping at most every {@value #MAPPING_SECONDS} s; the last
 * known values are kept in memory, seeded from {@code telemetry_current_value} when the mapping is read. While the
 * database cannot be read, the last mapping and the values in memory go on serving, the mapping is tried again once per
 * interval, and the outage is logged once ({@link PeriodicRead}). System work without a caller (called by the ingest's
 * message-driven bean), hence not a guarded service.
 */
@ApplicationScoped
public class LiveSignals {
    private static final Logger LOG = Logger.getLogger(LiveSignals.class.getName());
    private static final long MAPPING_SECONDS = 10;
    private static final String MAPPINGS = "select m.tag_id, m.equipment_id, m.signal, c.code from telemetry_signal_mapping m"
            + " join telemetry_tag t on t.id = m.tag_id join telemetry_plc_connection c on c.id = t.plc_connection_id"
            + " where m.signal in ('STATE', 'RUNNING', 'FAULT_WORD')";
    private static final String CURRENT = "select equipment_id, signal, value, quality, sampled_at from telemetry_current_value"
            + " where signal in ('STATE', 'RUNNING', 'FAULT_WORD', 'COMMS')";

    /** One sample of a scan. */
    public record Sample(long tag, Instant sampledAt, BigDecimal value, boolean good) {
    }

    /** A change of a PLC's communication state, as a scan reported it. */
    public record Comms(String plc, boolean lost, Instant at) {
    }

    private record Mapping(long equipmentId, EquipmentSignal signal) {
    }

    private record Mappings(Map<Long, List<Mapping>> byTag, Map<String, Set<Long>> equipmentByPlc) {
    }

    /** A signal's last value: null when it was not GOOD. */
    private record Known(BigDecimal value, Instant at) {
    }

    /** What is known of one piece of equipment; guarded by itself. */
    private static final class Equipment {
        private final Map<EquipmentSignal, Known> signals = new EnumMap<>(EquipmentSignal.class);
        private String sent;

        /** Whether the value is newer than what is known (scans of concurrent messages may arrive out of order). */
        boolean update(EquipmentSignal signal, BigDecimal value, Instant at) {
            Known known = signals.get(signal);
            if (known != null && known.at().isAfter(at)) {
                return false;
            }
            signals.put(signal, new Known(value, at));
            return true;
        }

        EquipmentState state() {
            Known comms = signals.get(EquipmentSignal.COMMS);
            return EquipmentState.fromSignals(comms != null && comms.value() == null, longOf(EquipmentSignal.FAULT_WORD),
                    signals.containsKey(EquipmentSignal.STATE) ? intOf(EquipmentSignal.STATE) : null, runningOf());
        }

        private Long longOf(EquipmentSignal signal) {
            Known known = signals.get(signal);
            return known == null || known.value() == null ? null : known.value().longValue();
        }

        private Integer intOf(EquipmentSignal signal) {
            Long value = longOf(signal);
            return value == null ? null : value.intValue();
        }

        private Boolean runningOf() {
            Long value = longOf(EquipmentSignal.RUNNING);
            return value == null ? null : value != 0;
        }

        Map<String, String> values() {
            Map<String, String> values = new TreeMap<>();
            signals.forEach((signal, known) -> values.put(signal.name(),
                    signal == EquipmentSignal.COMMS ? (known.value() == null ? "LOST" : "CONNECTED")
                            : known.value() == null ? null : known.value().toPlainString()));
            return values;
        }
    }

    @Resource(lookup = "jdbc/mesIngest")
    private DataSource dataSource;

    @Inject
    private PushBus push;

    private final Map<Long, Equipment> equipment = new ConcurrentHashMap<>();
    private final PeriodicRead<Mappings> mappings = new PeriodicRead<>("the signal mapping for live pages", this::read,
            Duration.ofSeconds(MAPPING_SECONDS), Clock.systemUTC(), LOG);

    /**
     * Publishes the live message of every piece of equipment whose shown signals the scan changed. Never throws: the
     * pages then wait for the stored values, and the ingest must store the scan anyway.
     */
    public void received(List<Sample> samples, List<Comms> comms) {
        Mappings known = mappings.get();
        if (known == null) {
            return; // never read (the database was down since the start): the pages get the scan after it is stored
        }
        Set<Long> touched = new LinkedHashSet<>();
        for (Sample sample : samples) {
            for (Mapping mapping : known.byTag().getOrDefault(sample.tag(), List.of())) {
                if (update(mapping.equipmentId(), mapping.signal(), sample.good() ? sample.value() : null, sample.sampledAt())) {
                    touched.add(mapping.equipmentId());
                }
            }
        }
        for (Comms change : comms) {
            for (long id : known.equipmentByPlc().getOrDefault(change.plc(), Set.of())) {
                // the COMMS "value": null when lost, as a signal that is not GOOD
                if (update(id, EquipmentSignal.COMMS, change.lost() ? null : BigDecimal.ONE, change.at())) {
                    touched.add(id);
                }
            }
        }
        touched.forEach(this::send);
    }

    private boolean update(long equipmentId, EquipmentSignal signal, BigDecimal value, Instant at) {
        Equipment machine = equipment.computeIfAbsent(equipmentId, id -> new Equipment());
        synchronized (machine) {
            return machine.update(signal, value, at);
        }
    }

    private void send(long equipmentId) {
        Equipment machine = equipment.get(equipmentId);
        String message;
        synchronized (machine) {
            EquipmentState state = machine.state();
            String topic = PushTopics.equipment(equipmentId);
            message = PushMessages.live(topic, state == null ? null : state.name(), machine.values());
            if (message.equals(machine.sent)) {
                return;
            }
            machine.sent = message;
        }
        push.publishLive(PushTopics.equipment(equipmentId), message);
    }

    private Mappings read() throws SQLException {
        Map<Long, List<Mapping>> byTag = new HashMap<>();
        Map<String, Set<Long>> byPlc = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(MAPPINGS); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long equipmentId = rows.getLong(2);
                    byTag.computeIfAbsent(rows.getLong(1), tag -> new ArrayList<>())
                            .add(new Mapping(equipmentId, EquipmentSignal.valueOf(rows.getString(3))));
                    byPlc.computeIfAbsent(rows.getString(4), plc -> new HashSet<>()).add(equipmentId);
                }
            }
            // what the memory does not know yet (a server start, equipment mapped since): the stored values
            try (PreparedStatement statement = connection.prepareStatement(CURRENT); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    EquipmentSignal signal = EquipmentSignal.valueOf(rows.getString(2));
                    boolean good = "GOOD".equals(rows.getString(4));
                    BigDecimal value = signal == EquipmentSignal.COMMS ? (good ? BigDecimal.ONE : null) : good ? rows.getBigDecimal(3) : null;
                    Instant at = rows.getTimestamp(5).toInstant();
                    update(rows.getLong(1), signal, value, at);
                }
            }
        }
        return new Mappings(byTag, byPlc);
    }
}
