package org.openmes.downtime.tracking;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.downtime.events.DowntimeChanged;
import org.openmes.downtime.model.DowntimeCategory;
import org.openmes.downtime.model.DowntimeEvent;
import org.openmes.downtime.model.StopDetector;
import org.openmes.plant.model.PlantNode;
import org.openmes.platform.push.PushBus;
import org.openmes.platform.push.PushTopics;
import org.openmes.telemetry.events.EdgeEvent;
import org.openmes.telemetry.events.FaultCatalog;
import org.openmes.telemetry.events.FaultDefinition;
import org.openmes.telemetry.model.EquipmentSignal;

/**
 * Applies a machine's new edge events to its stops, each instant once: under a row lock on the machine's
 * {@code downtime_tracker} row it reads {@code telemetry_edge_event} after the watermark, in time order, lets the
 * {@link StopDetector} decide and records the result, all in one transaction of its own. The fault that explains a
 * stop is looked up in the telemetry fault catalog: its code and text, and its downtime category (the shared
 * {@code org.openmes.common.shopfloor.DowntimeCategory}, same names; downtime's own enum adds UNASSIGNED for a stop
 * nothing explains yet). Concurrent calls for one
 * machine wait for each other; calls for different machines run side by side.
 * <p>
 * An edge event committed after a later one of the same machine was applied (two scans of one PLC committed out of
 * order by concurrent ingest instances, or a backlog stored in any order after a database outage) lies behind the
 * watermark and is not read; each catch-up therefore ends by reconciling with the current values ({@link #resync}). A stop under way that was
 * entered by hand is the machine's open stop as well: the detector opens none beside it, and closes it when the
 * machine produces again.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DowntimeTracker {
    private static final Logger LOG = Logger.getLogger(DowntimeTracker.class.getName());
    private static final int BATCH = 1000;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    private Event<DowntimeChanged> changes;

    @Inject
    private FaultCatalog faultCatalog;

    @Inject
    private PushBus push;

    @Inject
    @ConfigProperty(name = "mes.downtime.minor-stop-threshold", defaultValue = "PT10S")
    private Duration minorStopThreshold;

    /** The machines whose telemetry can show a stop: those with a STATE, RUNNING or FAULT_WORD signal. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> trackedEquipment() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select distinct equipment_id from telemetry_signal_mapping"
                + " where signal in ('STATE', 'RUNNING', 'FAULT_WORD') order by equipment_id").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Applies the new edge events of {@code equipmentId}; returns how many instants were applied. */
    public int catchUp(long equipmentId) {
        em.createNativeQuery("insert into downtime_tracker (equipment_id) values (?) on conflict do nothing")
                .setParameter(1, equipmentId).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("select producing, machine_state, fault_bits, comms_lost, last_at"
                + " from downtime_tracker where equipment_id = ? for update").setParameter(1, equipmentId).getSingleResult();
        DowntimeEvent open = openStop(equipmentId);
        StopDetector detector = new StopDetector(hasStateSignal(equipmentId), new StopDetector.State((Boolean) row[0],
                row[1] == null ? null : ((Number) row[1]).intValue(), ((Number) row[2]).longValue(), (Boolean) row[3], open != null));
        Instant watermark = row[4] == null ? Instant.EPOCH : ((Timestamp) row[4]).toInstant();
        int applied = 0;
        Map<Instant, List<StopDetector.Edge>> instants;
        do {
            instants = nextInstants(equipmentId, watermark);
            for (Map.Entry<Instant, List<StopDetector.Edge>> instant : instants.entrySet()) {
                for (StopDetector.Action action : detector.apply(instant.getKey(), instant.getValue())) {
                    open = perform(equipmentId, open, action);
                }
                watermark = instant.getKey();
                applied++;
            }
        } while (!instants.isEmpty());
        for (StopDetector.Action action : resync(equipmentId, detector, watermark)) {
            open = perform(equipmentId, open, action);
        }
        StopDetector.State state = detector.state();
        // casts: a null parameter travels untyped
        em.createNativeQuery("update downtime_tracker set producing = cast(? as boolean), machine_state = cast(? as integer),"
                        + " fault_bits = ?, comms_lost = ?, last_at = cast(? as timestamptz) where equipment_id = ?")
                .setParameter(1, state.producing()).setParameter(2, state.machineState()).setParameter(3, state.faultBits())
                .setParameter(4, state.commsLost()).setParameter(5, watermark.equals(Instant.EPOCH) ? null : watermark.atOffset(ZoneOffset.UTC))
                .setParameter(6, equipmentId).executeUpdate();
        em.flush();
        if (applied > 0) {
            // a stop opened or got its fault: live pages show it once this commits
            push.publishAfterCommit(PushTopics.equipment(equipmentId));
        }
        return applied;
    }

    private DowntimeEvent perform(long equipmentId, DowntimeEvent open, StopDetector.Action action) {
        if (action instanceof StopDetector.Open start) {
            if (open != null) {
                LOG.warning(() -> "Equipment " + equipmentId + " has an open stop " + open.getId() + " already; no new one at " + start.at());
                return open;
            }
            DowntimeEvent event = DowntimeEvent.detected(em.getReference(PlantNode.class, equipmentId),
                    start.at().atOffset(ZoneOffset.UTC), start.machineState(), start.category());
            em.persist(event);
            return event;
        }
        if (action instanceof StopDetector.Explain explain) {
            if (open != null && open.getFaultBit() == null) {
                Optional<FaultDefinition> fault = faultCatalog.lookup(equipmentId, explain.bit());
                open.explainByFault(explain.bit(), fault.map(FaultDefinition::code).orElse(null),
                        fault.map(FaultDefinition::text).orElse(null),
                        fault.map(definition -> DowntimeCategory.valueOf(definition.downtimeCategory().name())).orElse(null));
            }
            return open;
        }
        if (open != null) {
            open.close(((StopDetector.Close) action).at().atOffset(ZoneOffset.UTC), minorStopThreshold);
            em.flush();
            changes.fire(new DowntimeChanged(equipmentId, open.getStartedAt().toInstant(), open.getEndedAt().toInstant()));
        }
        return null;
    }

    /**
     * Brings the detector in line with the machine's current STATE and FAULT_WORD values when they disagree with what
     * the edge events said: an edge event committed after a later one was applied lies behind the watermark and is
     * never read, and without this a missed "fault cleared" would keep a stop open for ever. The difference is
     * applied as edges at the current value's time (not before the watermark). Nothing is done while a value is not
     * GOOD. While communication is lost, a GOOD value sampled after the last loss proves the PLC answers again (the
     * connector reports every value BAD while it cannot read): a missed "communication restored" is applied then,
     * since the detector opens no stop while it believes the PLC unreachable.
     */
    private List<StopDetector.Action> resync(long equipmentId, StopDetector detector, Instant watermark) {
        StopDetector.State known = detector.state();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select signal, value, sampled_at from telemetry_current_value"
                + " where equipment_id = ? and signal in ('STATE', 'FAULT_WORD', 'RUNNING') and quality = 'GOOD' and value is not null")
                .setParameter(1, equipmentId).getResultList();
        List<StopDetector.Edge> edges = new ArrayList<>();
        Instant at = watermark;
        if (known.commsLost()) {
            Instant lost = lastCommsLoss(equipmentId);
            Optional<Instant> answered = rows.stream().map(row -> ((Timestamp) row[2]).toInstant())
                    .filter(sampledAt -> lost == null || sampledAt.isAfter(lost)).min(Instant::compareTo);
            if (answered.isEmpty()) {
                return List.of();
            }
            edges.add(new StopDetector.Edge(EquipmentSignal.COMMS, EdgeEvent.Kind.COMMS_RESTORED, null, null));
            at = answered.get().isAfter(at) ? answered.get() : at;
        }
        for (Object[] row : rows) {
            BigDecimal value = (BigDecimal) row[1];
            Instant sampledAt = ((Timestamp) row[2]).toInstant();
            if ("STATE".equals(row[0]) && !Integer.valueOf(value.intValue()).equals(known.machineState())) {
                edges.add(new StopDetector.Edge(EquipmentSignal.STATE, EdgeEvent.Kind.STATE_CHANGED, null, value));
                at = sampledAt.isAfter(at) ? sampledAt : at;
            } else if ("FAULT_WORD".equals(row[0]) && value.longValue() != known.faultBits()) {
                long now = value.longValue();
                for (int bit = 0; bit < Long.SIZE; bit++) {
                    long mask = 1L << bit;
                    if ((now & mask) != (known.faultBits() & mask)) {
                        edges.add(new StopDetector.Edge(EquipmentSignal.FAULT_WORD, (now & mask) != 0
                                ? EdgeEvent.Kind.FAULT_RAISED : EdgeEvent.Kind.FAULT_CLEARED, bit, null));
                    }
                }
                at = sampledAt.isAfter(at) ? sampledAt : at;
            }
        }
        if (edges.isEmpty()) {
            return List.of();
        }
        Instant when = at;
        LOG.log(known.machineState() == null && known.faultBits() == 0 && !known.commsLost() ? Level.FINE : Level.WARNING,
                () -> "Equipment " + equipmentId + ": its current values differ from what its edge events said (a first look,"
                        + " or an edge event never read); the difference is applied at " + when);
        return detector.apply(when, edges);
    }

    private Instant lastCommsLoss(long equipmentId) {
        Object lost = em.createNativeQuery("select max(occurred_at) from telemetry_edge_event"
                + " where equipment_id = ? and signal = 'COMMS' and kind = 'COMMS_LOST'").setParameter(1, equipmentId).getSingleResult();
        return lost == null ? null : ((Timestamp) lost).toInstant();
    }

    /** The next instants after {@code after} with their edge events; an instant cut by the batch limit is left for later. */
    private Map<Instant, List<StopDetector.Edge>> nextInstants(long equipmentId, Instant after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select signal, occurred_at, kind, bit, new_value from telemetry_edge_event"
                        + " where equipment_id = ? and kind <> 'COUNT' and occurred_at > ? order by occurred_at, signal, kind, bit limit ?")
                .setParameter(1, equipmentId).setParameter(2, after.atOffset(ZoneOffset.UTC)).setParameter(3, BATCH + 1).getResultList();
        Map<Instant, List<StopDetector.Edge>> instants = new LinkedHashMap<>();
        for (Object[] row : rows) {
            int bit = ((Number) row[3]).intValue();
            instants.computeIfAbsent(((Timestamp) row[1]).toInstant(), at -> new ArrayList<>())
                    .add(new StopDetector.Edge(EquipmentSignal.valueOf((String) row[0]), EdgeEvent.Kind.valueOf((String) row[2]),
                            bit < 0 ? null : bit, (BigDecimal) row[4]));
        }
        if (rows.size() > BATCH && instants.size() > 1) {
            Instant last = null;
            for (Instant at : instants.keySet()) {
                last = at;
            }
            instants.remove(last);
        }
        return instants;
    }

    private DowntimeEvent openStop(long equipmentId) {
        return em.createQuery("select e from DowntimeEvent e where e.equipment.id = :equipment and e.endedAt is null",
                DowntimeEvent.class).setParameter("equipment", equipmentId).getResultStream().findFirst().orElse(null);
    }

    private boolean hasStateSignal(long equipmentId) {
        return !em.createNativeQuery("select 1 from telemetry_signal_mapping where equipment_id = ? and signal = 'STATE'")
                .setParameter(1, equipmentId).getResultList().isEmpty();
    }
}
