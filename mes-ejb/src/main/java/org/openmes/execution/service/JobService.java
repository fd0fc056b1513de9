package org.openmes.execution.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.persistence.Caller;
import org.openmes.common.persistence.SqlStates;
import org.openmes.execution.model.JobAssignment;
import org.openmes.execution.model.JobStatus;
import org.openmes.execution.model.QuantitySource;
import org.openmes.execution.model.ScheduleEntry;
import org.openmes.plant.service.PlantQueries;
import org.openmes.platform.push.PushBus;
import org.openmes.platform.push.PushTopics;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;
import org.openmes.telemetry.model.EquipmentSignal;

/**
 * Job assignments through their lifecycle. The entity refuses illegal transitions; this service adds the rules
 * that span records: a schedule entry has one open assignment, a line runs one job at a time, and an operator is
 * not on two lines at once (no open jobs on different lines with overlapping windows, no two running jobs).
 */
@Stateless
@RequiresPermission(Permission.JOB_VIEW)
public class JobService {
    /** A list answers at most this many jobs; a filter finds the rest. */
    static final int MAX_JOBS = 1000;

    @PersistenceContext(unitName = "mes")
    private EntityManager entityManager;

    @Inject
    private ChecklistGate gate;

    @Inject
    private PushBus push;

    /** Gives schedule entry {@code scheduleEntryId} to {@code operator} (a user name). */
    @RequiresPermission(Permission.JOB_ASSIGN)
    public JobAssignmentDto assign(long scheduleEntryId, String operator) {
        ScheduleEntry entry = ExecutionRecords.scheduleEntry(entityManager, scheduleEntryId);
        JobAssignment job = new JobAssignment(entry.getId(), entry.getLineId(), operator, Caller.name(), Instant.now());
        ExecutionRecords.lock(entityManager, "line:" + entry.getLineId());
        ExecutionRecords.lock(entityManager, "operator:" + job.getOperator());
        entityManager.createQuery("select j from JobAssignment j where j.scheduleEntryId = :entry and j.status in :open", JobAssignment.class)
                .setParameter("entry", entry.getId()).setParameter("open", openStates()).getResultStream().findFirst()
                .ifPresent(other -> {
                    throw new ConflictException("scheduleEntryId", "Schedule entry " + entry.getId() + " is already assigned to "
                            + other.getOperator() + " (job " + other.getId() + ", " + other.getStatus().label() + ")");
                });
        entityManager.createQuery("select j from JobAssignment j, ScheduleEntry e where e.id = j.scheduleEntryId and j.operator = :operator"
                        + " and j.status in :open and j.lineId <> :line and e.plannedStart < :end and e.plannedEnd > :start", JobAssignment.class)
                .setParameter("operator", job.getOperator()).setParameter("open", openStates()).setParameter("line", entry.getLineId())
                .setParameter("start", entry.getPlannedStart().atOffset(ZoneOffset.UTC))
                .setParameter("end", entry.getPlannedEnd().atOffset(ZoneOffset.UTC))
                .setMaxResults(1).getResultStream().findFirst().ifPresent(other -> {
                    throw new ConflictException("operator", "Operator " + job.getOperator() + " is already on line "
                            + lineCode(other) + " in that window (job " + other.getId() + ", " + other.getStatus().label() + ")");
                });
        entityManager.persist(job);
        flush("scheduleEntryId", "Schedule entry " + entry.getId() + " was assigned meanwhile");
        return changed(job);
    }

    /** The operator takes the job on. */
    @RequiresPermission(Permission.JOB_EXECUTE)
    public JobAssignmentDto accept(long id) {
        JobAssignment job = find(id);
        job.accept(Caller.name(), Instant.now());
        flush("status", "Job " + id + " was changed meanwhile");
        return changed(job);
    }

    /**
     * Production of the job begins: 409 when its line runs another job, its operator runs one on another line, or a
     * pre-start checklist of the line has not passed ({@link ChecklistGate}).
     */
    @RequiresPermission(Permission.JOB_EXECUTE)
    public JobAssignmentDto start(long id) {
        JobAssignment job = find(id);
        ExecutionRecords.lock(entityManager, "line:" + job.getLineId());
        ExecutionRecords.lock(entityManager, "operator:" + job.getOperator());
        running("select j from JobAssignment j where j.lineId = :key and j.id <> :id", job.getLineId(), id).ifPresent(other -> {
            throw new ConflictException("status", "Line " + lineCode(other) + " already runs job " + other.getId() + " (operator "
                    + other.getOperator() + "); one job runs on a line at a time");
        });
        running("select j from JobAssignment j where j.operator = :key and j.id <> :id", job.getOperator(), id).ifPresent(other -> {
            throw new ConflictException("operator", "Operator " + job.getOperator() + " already runs job " + other.getId() + " on line "
                    + lineCode(other) + "; an operator runs one job at a time");
        });
        if (job.getStatus() == JobStatus.ACCEPTED) {
            gate.requireStartable(job);
        }
        job.start(Caller.name(), Instant.now());
        flush("status", "Line " + lineCode(job) + " started another job meanwhile");
        return changed(job);
    }

    /**
     * The job is done. Quantities typed in win; without them the PLC's counts over the job's run are taken where
     * the line counts (see {@link CountedQuantities}), else the good quantity is required.
     */
    @RequiresPermission(Permission.JOB_EXECUTE)
    public JobAssignmentDto complete(long id, BigDecimal goodQuantity, BigDecimal scrapQuantity) {
        JobAssignment job = find(id);
        Instant now = Instant.now();
        if (goodQuantity == null && scrapQuantity == null && job.getStatus() == JobStatus.IN_PROGRESS) {
            CountedQuantities counted = counted(job, now);
            if (!counted.available()) {
                throw new InvalidInputException("goodQuantity", "Line " + lineCode(job) + " has no counter for good parts mapped; "
                        + "enter the good and scrap quantities");
            }
            job.complete(counted.good(), counted.scrap(), QuantitySource.PLC, Caller.name(), now);
        } else {
            job.complete(goodQuantity, scrapQuantity == null ? BigDecimal.ZERO : scrapQuantity, QuantitySource.ENTERED, Caller.name(), now);
        }
        flush("status", "Job " + id + " was changed meanwhile");
        return changed(job);
    }

    /** The job will not be (further) carried out. */
    @RequiresPermission(Permission.JOB_ASSIGN)
    public JobAssignmentDto cancel(long id, String reason) {
        JobAssignment job = find(id);
        job.cancel(reason, Caller.name(), Instant.now());
        flush("status", "Job " + id + " was changed meanwhile");
        return changed(job);
    }

    /** The job after a step: the line's live pages are told once the step commits. */
    private JobAssignmentDto changed(JobAssignment job) {
        push.publishAfterCommit(PushTopics.line(job.getLineId()));
        return toDto(job);
    }

    public JobAssignmentDto job(long id) {
        return toDto(find(id));
    }

    /** What the PLC has counted for a running or completed job so far. */
    public CountedQuantities countedQuantities(long id) {
        JobAssignment job = find(id);
        if (job.getStartedAt() == null) {
            return CountedQuantities.NONE;
        }
        return counted(job, job.getCompletedAt() != null ? job.getCompletedAt() : Instant.now());
    }

    /** Jobs by line, status and operator (each optional), newest assignment first. */
    public List<JobAssignmentDto> jobs(Long lineId, JobStatus status, String operator) {
        StringBuilder jpql = new StringBuilder("select j from JobAssignment j where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (lineId != null) {
            jpql.append(" and j.lineId = :line");
            parameters.put("line", lineId);
        }
        if (status != null) {
            jpql.append(" and j.status = :status");
            parameters.put("status", status);
        }
        if (operator != null && !operator.isBlank()) {
            jpql.append(" and j.operator = :operator");
            parameters.put("operator", operator.strip());
        }
        TypedQuery<JobAssignment> query = entityManager.createQuery(jpql.append(" order by j.assignedAt desc, j.id desc").toString(),
                JobAssignment.class);
        parameters.forEach(query::setParameter);
        return toDtos(query.setMaxResults(MAX_JOBS).getResultList());
    }

    /** The caller's open jobs (assigned, accepted, in progress), in the order of their planned start. */
    public List<JobAssignmentDto> myOpenJobs() {
        return toDtos(entityManager.createQuery("select j from JobAssignment j, ScheduleEntry e where e.id = j.scheduleEntryId"
                        + " and j.operator = :operator and j.status in :open order by e.plannedStart, j.id", JobAssignment.class)
                .setParameter("operator", Caller.name()).setParameter("open", openStates()).setMaxResults(MAX_JOBS).getResultList());
    }

    private Optional<JobAssignment> running(String jpql, Object key, long id) {
        return entityManager.createQuery(jpql + " and j.status = :running", JobAssignment.class).setParameter("key", key)
                .setParameter("id", id).setParameter("running", JobStatus.IN_PROGRESS).setMaxResults(1).getResultStream().findFirst();
    }

    private CountedQuantities counted(JobAssignment job, Instant until) {
        List<Long> counters = entityManager.createQuery("select m.equipment.id from SignalMapping m where m.signal = :signal"
                        + " and m.equipment.id in :equipment", Long.class).setParameter("signal", EquipmentSignal.GOOD_COUNT)
                .setParameter("equipment", PlantQueries.subtreeIds(entityManager, job.getLineId())).getResultList();
        if (counters.size() != 1) {
            return CountedQuantities.NONE;
        }
        long equipmentId = counters.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> sums = entityManager.createNativeQuery("select e.signal, sum(e.increment) from telemetry_edge_event e"
                        + " where e.equipment_id = ?1 and e.kind = 'COUNT' and e.signal in ('GOOD_COUNT', 'REJECT_COUNT')"
                        + " and e.occurred_at >= ?2 and e.occurred_at < ?3 group by e.signal")
                .setParameter(1, equipmentId).setParameter(2, job.getStartedAt().atOffset(ZoneOffset.UTC))
                .setParameter(3, until.atOffset(ZoneOffset.UTC)).getResultList();
        BigDecimal good = BigDecimal.ZERO;
        BigDecimal scrap = BigDecimal.ZERO;
        for (Object[] sum : sums) {
            BigDecimal value = new BigDecimal(sum[1].toString());
            if ("GOOD_COUNT".equals(sum[0])) {
                good = value;
            } else {
                scrap = value;
            }
        }
        return new CountedQuantities(true, equipmentId, good, scrap);
    }

    private JobAssignment find(long id) {
        JobAssignment job = entityManager.find(JobAssignment.class, id);
        if (job == null) {
            throw new NotFoundException("JobAssignment", id);
        }
        return job;
    }

    /** Flushes so that the unique indexes (one open job per entry, one running job per line) answer inside the call. */
    private void flush(String field, String conflict) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (SqlStates.isCausedBy(e, SqlStates.UNIQUE_VIOLATION)) {
                throw new ConflictException(field, conflict);
            }
            throw e;
        }
    }

    private String lineCode(JobAssignment job) {
        return ExecutionRecords.lineCodes(entityManager, List.of(job.getLineId())).get(job.getLineId());
    }

    private JobAssignmentDto toDto(JobAssignment job) {
        return toDtos(List.of(job)).get(0);
    }

    private List<JobAssignmentDto> toDtos(List<JobAssignment> jobs) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        Map<Long, ScheduleEntry> entries = new HashMap<>();
        entityManager.createQuery("select e from ScheduleEntry e where e.id in :ids", ScheduleEntry.class)
                .setParameter("ids", jobs.stream().map(JobAssignment::getScheduleEntryId).distinct().toList())
                .getResultStream().forEach(e -> entries.put(e.getId(), e));
        Map<Long, String> codes = ExecutionRecords.lineCodes(entityManager, jobs.stream().map(JobAssignment::getLineId).distinct().toList());
        return jobs.stream().map(j -> JobAssignmentDto.of(j, ScheduleEntryDto.of(entries.get(j.getScheduleEntryId()), codes.get(j.getLineId()))))
                .toList();
    }

    private static List<JobStatus> openStates() {
        return List.of(JobStatus.ASSIGNED, JobStatus.ACCEPTED, JobStatus.IN_PROGRESS);
    }
}
