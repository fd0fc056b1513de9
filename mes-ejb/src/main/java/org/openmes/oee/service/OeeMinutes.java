package org.openmes.oee.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.downtime.events.DowntimeChanged;

/**
 * Keeps {@code oee_minute} up to date with the SQL function {@code oee_rollup} (V32), which recomputes a range from
 * downtime events and telemetry edge events, so running it twice changes nothing. The system's own work, unguarded:
 * the callers are the downtime observer, the minute timer and the guarded OEE service.
 */
@ApplicationScoped
public class OeeMinutes {
    /** How far back the regular refresh recomputes: late edge events and stops that just ended. */
    static final Duration REFRESH_SPAN = Duration.ofMinutes(3);

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "mes.downtime.minor-stop-threshold", defaultValue = "PT10S")
    private Duration minorStopThreshold;

    /** Recomputes the minutes a downtime change touched, in the changing transaction. */
    void onDowntimeChanged(@Observes DowntimeChanged change) {
        rollup(change.equipmentId(), change.from(), change.to() == null ? Instant.now() : change.to());
    }

    /** Recomputes the minutes of [from, to) of a piece of equipment in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rollup(long equipmentId, Instant from, Instant to) {
        em.createNativeQuery("select oee_rollup(?, ?, ?, make_interval(secs => ?))").setParameter(1, equipmentId)
                .setParameter(2, from.atOffset(ZoneOffset.UTC)).setParameter(3, to.atOffset(ZoneOffset.UTC))
                .setParameter(4, minorStopThreshold.toMillis() / 1000.0).getSingleResult();
    }

    /**
     * Recomputes the recent minutes of a piece of equipment, from its newest record on when that is older (after a
     * stop of the server), in a transaction of its own.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh(long equipmentId) {
        Instant now = Instant.now();
        Instant from = now.minus(REFRESH_SPAN);
        Object newest = em.createNativeQuery("select max(minute) from oee_minute where equipment_id = ?")
                .setParameter(1, equipmentId).getSingleResult();
        if (newest instanceof Timestamp timestamp && timestamp.toInstant().isBefore(from)) {
            from = timestamp.toInstant();
        }
        rollup(equipmentId, from.truncatedTo(ChronoUnit.MINUTES), now);
    }

    /** The equipment OEE measures: every piece on a line with shift patterns, and every piece with telemetry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> measuredEquipment() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                with recursive tree (id, level) as (
                    select n.id, n.level from plant_node n where n.parent_id in (select line_id from shift_pattern)
                    union all
                    select c.id, c.level from plant_node c join tree t on c.parent_id = t.id)
                select id from tree where level = 'EQUIPMENT'
                union
                select equipment_id from telemetry_signal_mapping
                order by 1""").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
