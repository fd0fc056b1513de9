package org.openmes.shift.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.common.NotFoundException;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.PlantNode;
import org.openmes.shift.model.CalendarEntry;
import org.openmes.shift.model.Interval;
import org.openmes.shift.model.ShiftPattern;
import org.openmes.shift.model.TimeModel;

/**
 * Builds the time model of a production line from its shift patterns and the calendar entries of the line and of the
 * area and site above it, in the plant's time zone ({@code mes.shift.time-zone}). Runs in the caller's transaction;
 * the callers are guarded services.
 */
@ApplicationScoped
public class TimeModels {

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "mes.shift.time-zone", defaultValue = "UTC")
    private String timeZone;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /**
     * The time model of production line {@code lineId} for questions about {@code window} (calendar entries outside it
     * are left out); 404 when there is no such line.
     */
    public TimeModel of(long lineId, Interval window) {
        PlantNode line = line(lineId);
        List<PlantNode> nodes = new ArrayList<>();
        for (PlantNode node = line; node != null; node = node.getParent()) {
            nodes.add(node);
        }
        List<ShiftPattern> patterns = em.createQuery("select p from ShiftPattern p where p.line = :line order by p.code",
                ShiftPattern.class).setParameter("line", line).getResultList();
        List<CalendarEntry> entries = em.createQuery("select c from CalendarEntry c where c.node in :nodes"
                + " and c.endsAt > :from and c.startsAt < :to", CalendarEntry.class).setParameter("nodes", nodes)
                .setParameter("from", window.start().atOffset(ZoneOffset.UTC))
                .setParameter("to", window.end().atOffset(ZoneOffset.UTC)).getResultList();
        return new TimeModel(zone(), patterns.stream().map(ShiftPattern::definition).toList(),
                entries.stream().map(CalendarEntry::span).toList());
    }

    /** The production line {@code lineId}; 404 when there is none. */
    public PlantNode line(long lineId) {
        PlantNode line = em.find(PlantNode.class, lineId);
        if (line == null || line.getLevel() != PlantLevel.PRODUCTION_LINE) {
            throw new NotFoundException("production line", lineId);
        }
        return line;
    }
}
