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
import org.openmes.common.StaleVersionException;
import org.openmes.execution.model.JobStatus;
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
        refuseOverlap(entry, draft.lineId());
        entityManager.persist(entry);
        entityManager.flush();
        return ExecutionRecords.toDto(entityManager, entry);
    }

    /**
     * Changes an entry's product, quantity, window, priority and notes (its line stays); 409 naming the entry its new
     * window would overlap, or the job made of it (an entry given to an operator changes only once that job is
     * cancelled), or a stale {@code version}.
     */
    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public ScheduleEntryDto change(long id, ScheduleEntryDraft draft, Long version) {
        if (draft == null) {
            throw new InvalidInputException(null, "A schedule entry is required");
        }
        ScheduleEntry entry = editable(id, version);
        if (draft.lineId() != null && !draft.lineId().equals(entry.getLineId())) {
            throw new InvalidInputException("lineId", "An entry stays on its line; delete it and plan it on the other line");
        }
        refuseJobs(entry, false);
        entry.change(draft.productCode(), draft.plannedQuantity(), draft.plannedStart(), draft.plannedEnd(), draft.priority(), draft.notes());
        refuseOverlap(entry, entry.getLineId());
        entityManager.flush();
        return ExecutionRecords.toDto(entityManager, entry);
    }

    /** Deletes an entry no job was ever made of (409 naming the job otherwise, or on a stale {@code version}). */
    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public void delete(long id, Long version) {
        ScheduleEntry entry = editable(id, version);
        refuseJobs(entry, true);
        entityManager.remove(entry);
        entityManager.flush();
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

    private ScheduleEntry editable(long id, Long version) {
        ScheduleEntry entry = ExecutionRecords.scheduleEntry(entityManager, id);
        if (version == null) {
            throw new InvalidInputException("version", "The version read last is required");
        }
        if (version != entry.getVersion()) {
            throw new StaleVersionException("ScheduleEntry", id, version, entry.getVersion());
        }
        ExecutionRecords.lock(entityManager, "line:" + entry.getLineId());
        return entry;
    }

    /** Refuses a change (or deletion) of an entry a job was made of: one not cancelled, or any when deleting (409). */
    private void refuseJobs(ScheduleEntry entry, boolean deleting) {
        TypedQuery<Long> query = entityManager.createQuery("select j.id from JobAssignment j where j.scheduleEntryId = :entry"
                + (deleting ? "" : " and j.status <> :cancelled"), Long.class).setParameter("entry", entry.getId());
        if (!deleting) {
            query.setParameter("cancelled", JobStatus.CANCELLED);
        }
        query.setMaxResults(1).getResultStream().findFirst().ifPresent(job -> {
            throw new ConflictException("id", "Schedule entry " + entry.getId() + " was given to an operator as job " + job
                    + (deleting ? "; it is kept with the job's history" : "; it changes only once that job is cancelled"));
        });
    }

    /** Locks the line's schedule and refuses a window overlapping another entry of the line (409 naming it). */
    private void refuseOverlap(ScheduleEntry entry, long lineId) {
        ExecutionRecords.lock(entityManager, "line:" + lineId);
        entityManager.createQuery("select e from ScheduleEntry e where e.lineId = :line and e.plannedStart < :end and e.plannedEnd > :start"
                        + " and e.id <> :self order by e.plannedStart", ScheduleEntry.class)
                .setParameter("line", lineId).setParameter("start", entry.getPlannedStart().atOffset(ZoneOffset.UTC))
                .setParameter("end", entry.getPlannedEnd().atOffset(ZoneOffset.UTC)).setParameter("self", entry.getId() == null ? -1L : entry.getId()).setMaxResults(1)
                .getResultStream().findFirst().ifPresent(other -> {
                    throw new ConflictException("plannedStart", "The window overlaps schedule entry " + other.getId() + " ("
                            + other.getProductCode() + ", " + other.getPlannedStart() + " to " + other.getPlannedEnd() + ") on the same line");
                });
    }
}
