package org.openmes.execution.service;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.execution.model.ScheduleEntry;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.PlantNode;
import org.openmes.plant.service.PlantQueries;

/**
 * Reads and locks that both execution services need, inside the caller's transaction. Conflict checks read other
 * rows, so two concurrent requests could both pass them: each check first takes a transaction-scoped advisory lock
 * on what it is about (a line, an operator), which serialises exactly the requests that could collide.
 */
final class ExecutionRecords {
    private ExecutionRecords() {
    }

    /** The production line {@code lineId}; a 400 on {@code field} when there is none. */
    static PlantNode productionLine(EntityManager entityManager, Long lineId, String field) {
        PlantNode line = lineId == null ? null : entityManager.find(PlantNode.class, lineId);
        if (line == null || line.getLevel() != PlantLevel.PRODUCTION_LINE) {
            throw new InvalidInputException(field, "No production line with id " + lineId);
        }
        return line;
    }

    static ScheduleEntry scheduleEntry(EntityManager entityManager, long id) {
        ScheduleEntry entry = entityManager.find(ScheduleEntry.class, id);
        if (entry == null) {
            throw new NotFoundException("ScheduleEntry", id);
        }
        return entry;
    }

    /** The codes of the lines {@code lineIds}, by id. */
    static Map<Long, String> lineCodes(EntityManager entityManager, Collection<Long> lineIds) {
        return PlantQueries.codes(entityManager, lineIds);
    }

    static ScheduleEntryDto toDto(EntityManager entityManager, ScheduleEntry entry) {
        return ScheduleEntryDto.of(entry, lineCodes(entityManager, List.of(entry.getLineId())).get(entry.getLineId()));
    }

    /** Waits for, then holds until the transaction ends, the lock on {@code key} (e.g. "line:12", "operator:maria"). */
    static void lock(EntityManager entityManager, String key) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked").setParameter(1, key)
                .getSingleResult();
    }
}
