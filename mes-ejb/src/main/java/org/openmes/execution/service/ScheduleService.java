package org.openmes.execution.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.execution.model.ScheduleEntry;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/** The production schedule: entries per line, whose windows on one line never overlap. */
@Stateless
@RequiresPermission(Permission.SCHEDULE_VIEW)
public class ScheduleService {
    /** A list answers at most this many entries; a narrower period or one line finds the rest. */
    static final int MAX_ENTRIES = 1000;

    @PersistenceContext(unitName = "mes")
    private EntityManager entityManager;

    /** Puts a product on a line's schedule; 409 naming the entry whose window it would overlap. */
    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public ScheduleEntryDto plan(ScheduleEntryDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "A schedule entry is required");
        }
        ExecutionRecords.productionLine(entityManager, draft.lineId(), "lineId");
        ScheduleEntry entry = new ScheduleEntry(draft.lineId(), draft.productCode(), draft.plannedQuantity(), draft.plannedStart(),
                draft.plannedEnd(), draft.priority(), draft.notes());
        ExecutionRecords.lock(entityManager, "line:" + draft.lineId());
        entityManager.createQuery("select e from ScheduleEntry e where e.lineId = :line and e.plannedStart < :end and e.plannedEnd > :start"
                        + " order by e.plannedStart", ScheduleEntry.class)
                .setParameter("line", draft.lineId()).setParameter("start", draft.plannedStart().atOffset(ZoneOffset.UTC))
                .setParameter("end", draft.plannedEnd().atOffset(ZoneOffset.UTC)).setMaxResults(1)
                .getResultStream().findFirst().ifPresent(other -> {
                    throw new ConflictException("plannedStart", "The window overlaps schedule entry " + other.getId() + " ("
                            + other.getProductCode() + ", " + other.getPlannedStart() + " to " + other.getPlannedEnd() + ") on the same line");
                });
        entityManager.persist(entry);
        entityManager.flush();
        return ExecutionRecords.toDto(entityManager, entry);
    }

    public ScheduleEntryDto entry(long id) {
        return ExecutionRecords.toDto(entityManager, ExecutionRecords.scheduleEntry(entityManager, id));
    }

    /** The entries whose window meets {@code [from, to)}, of one line or of all (null), in time order. */
    public List<ScheduleEntryDto> entries(Long lineId, Instant from, Instant to) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidInputException("to", "The end of the period must come after its start");
        }
        StringBuilder jpql = new StringBuilder("select e from ScheduleEntry e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (lineId != null) {
            jpql.append(" and e.lineId = :line");
            parameters.put("line", lineId);
        }
        if (from != null) {
            jpql.append(" and e.plannedEnd > :from");
            parameters.put("from", from.atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            jpql.append(" and e.plannedStart < :to");
            parameters.put("to", to.atOffset(ZoneOffset.UTC));
        }
        TypedQuery<ScheduleEntry> query = entityManager.createQuery(jpql.append(" order by e.plannedStart, e.id").toString(), ScheduleEntry.class);
        parameters.forEach(query::setParameter);
        List<ScheduleEntry> entries = query.setMaxResults(MAX_ENTRIES).getResultList();
        Map<Long, String> codes = ExecutionRecords.lineCodes(entityManager, entries.stream().map(ScheduleEntry::getLineId).distinct().toList());
        return entries.stream().map(e -> ScheduleEntryDto.of(e, codes.get(e.getLineId()))).toList();
    }
}
