package org.openmes.execution.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * A schedule entry given to an operator, and what became of it. The entity is the state machine
 * ({@link JobStatus}): every step checks the state it starts from, refuses any other with a 409 that names both,
 * and stamps who took it and when. Rules that involve other records (one running job per line, an operator on two
 * lines) are the service's.
 */
@Entity
@Table(name = "execution_job_assignment")
public class JobAssignment extends AuditedEntity {
    private static final String STATUS = "status";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "schedule_entry_id", nullable = false, updatable = false)
    private Long scheduleEntryId;

    @Column(name = "line_id", nullable = false, updatable = false)
    private Long lineId;

    @Column(name = "operator", nullable = false, updatable = false, length = 120)
    private String operator;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private JobStatus status;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private OffsetDateTime assignedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false, length = 120)
    private String assignedBy;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @Column(name = "accepted_by", length = 120)
    private String acceptedBy;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "started_by", length = 120)
    private String startedBy;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "completed_by", length = 120)
    private String completedBy;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "cancelled_by", length = 120)
    private String cancelledBy;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "good_quantity", precision = 14, scale = 3)
    private BigDecimal goodQuantity;

    @Column(name = "scrap_quantity", precision = 14, scale = 3)
    private BigDecimal scrapQuantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "quantity_source", length = 10)
    private QuantitySource quantitySource;

    protected JobAssignment() {
    }

    /** Assigns the entry {@code scheduleEntryId} on line {@code lineId} to {@code operator} (a principal name). */
    public JobAssignment(long scheduleEntryId, long lineId, String operator, String assignedBy, Instant at) {
        if (operator == null || operator.isBlank() || operator.strip().length() > 120) {
            throw new InvalidInputException("operator", "The operator's user name (1 to 120 characters) is required");
        }
        this.scheduleEntryId = scheduleEntryId;
        this.lineId = lineId;
        this.operator = operator.strip();
        this.status = JobStatus.ASSIGNED;
        this.assignedBy = assignedBy;
        this.assignedAt = utc(at);
    }

    /** The operator takes the job on. */
    public void accept(String by, Instant at) {
        require(JobStatus.ASSIGNED, "accepted");
        status = JobStatus.ACCEPTED;
        acceptedBy = by;
        acceptedAt = utc(at);
        markRowChanged();
    }

    /** Production of the job begins on its line. */
    public void start(String by, Instant at) {
        require(JobStatus.ACCEPTED, "started");
        status = JobStatus.IN_PROGRESS;
        startedBy = by;
        startedAt = utc(at);
        markRowChanged();
    }

    /** The job is done, with the good and scrap quantities it made and where they came from. */
    public void complete(BigDecimal good, BigDecimal scrap, QuantitySource source, String by, Instant at) {
        require(JobStatus.IN_PROGRESS, "completed");
        requireQuantity("goodQuantity", good);
        requireQuantity("scrapQuantity", scrap);
        if (source == null) {
            throw new InvalidInputException("quantitySource", "Where the quantities come from is required");
        }
        status = JobStatus.COMPLETED;
        goodQuantity = good;
        scrapQuantity = scrap;
        quantitySource = source;
        completedBy = by;
        completedAt = utc(at);
        markRowChanged();
    }

    /** The job will not be (further) carried out, for the reason given. */
    public void cancel(String reason, String by, Instant at) {
        if (!status.isOpen()) {
            throw new ConflictException(STATUS, "Job " + id + " is " + status.label() + "; only an assigned, accepted or "
                    + "in-progress job can be cancelled");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "A reason of 1 to 500 characters is required to cancel a job");
        }
        status = JobStatus.CANCELLED;
        cancelReason = reason.strip();
        cancelledBy = by;
        cancelledAt = utc(at);
        markRowChanged();
    }

    private void require(JobStatus from, String step) {
        if (status != from) {
            throw new ConflictException(STATUS, "Job " + id + " is " + status.label() + "; only an " + from.label() + " job can be "
                    + step);
        }
    }

    private static void requireQuantity(String field, BigDecimal quantity) {
        if (quantity == null || quantity.signum() < 0 || quantity.scale() > 3 || quantity.precision() - quantity.scale() > 11) {
            throw new InvalidInputException(field, "A quantity of 0 or more, with at most 3 decimals, is required");
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    public Long getId() {
        return id;
    }

    public Long getScheduleEntryId() {
        return scheduleEntryId;
    }

    public Long getLineId() {
        return lineId;
    }

    public String getOperator() {
        return operator;
    }

    public JobStatus getStatus() {
        return status;
    }

    public Instant getAssignedAt() {
        return instant(assignedAt);
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAcceptedAt() {
        return instant(acceptedAt);
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getStartedAt() {
        return instant(startedAt);
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getCompletedAt() {
        return instant(completedAt);
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public Instant getCancelledAt() {
        return instant(cancelledAt);
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public BigDecimal getGoodQuantity() {
        return goodQuantity;
    }

    public BigDecimal getScrapQuantity() {
        return scrapQuantity;
    }

    public QuantitySource getQuantitySource() {
        return quantitySource;
    }
}
