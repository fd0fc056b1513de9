package org.openmes.execution.service;

import java.math.BigDecimal;
import java.time.Instant;
import org.openmes.execution.model.JobAssignment;
import org.openmes.execution.model.JobStatus;
import org.openmes.execution.model.QuantitySource;

/** A job assignment as adapters see it: the job, its schedule entry and line, and who took each step when. */
public record JobAssignmentDto(long id, long scheduleEntryId, long lineId, String lineCode, String productCode, BigDecimal plannedQuantity,
                               Instant plannedStart, Instant plannedEnd, String operator, JobStatus status,
                               Instant assignedAt, String assignedBy, Instant acceptedAt, String acceptedBy,
                               Instant startedAt, String startedBy, Instant completedAt, String completedBy,
                               Instant cancelledAt, String cancelledBy, String cancelReason,
                               BigDecimal goodQuantity, BigDecimal scrapQuantity, QuantitySource quantitySource, long version) {

    static JobAssignmentDto of(JobAssignment job, ScheduleEntryDto entry) {
        return new JobAssignmentDto(job.getId(), job.getScheduleEntryId(), job.getLineId(), entry.lineCode(), entry.productCode(),
                entry.plannedQuantity(), entry.plannedStart(), entry.plannedEnd(), job.getOperator(), job.getStatus(),
                job.getAssignedAt(), job.getAssignedBy(), job.getAcceptedAt(), job.getAcceptedBy(),
                job.getStartedAt(), job.getStartedBy(), job.getCompletedAt(), job.getCompletedBy(),
                job.getCancelledAt(), job.getCancelledBy(), job.getCancelReason(),
                job.getGoodQuantity(), job.getScrapQuantity(), job.getQuantitySource(), job.getVersion());
    }
}
