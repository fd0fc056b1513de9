package org.openmes.execution.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.openmes.common.InvalidInputException;
import org.openmes.common.PageRequest;
import org.openmes.execution.model.JobStatus;
import org.openmes.execution.model.SchedulePriority;
import org.openmes.execution.service.JobAssignmentDto;
import org.openmes.execution.service.JobService;
import org.openmes.execution.service.ScheduleEntryDraft;
import org.openmes.execution.service.ScheduleEntryDto;
import org.openmes.execution.service.ScheduleService;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.service.PlantNodeDto;
import org.openmes.plant.service.PlantNodeFilter;
import org.openmes.plant.service.PlantService;
import org.openmes.platform.web.ActionFeedback;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of {@code /jobs.xhtml}, the supervisor's view of the schedule and the jobs: jobs filtered by line,
 * status and operator; a dialog to put a product on a line's schedule and one to give a schedule entry to an
 * operator; cancelling a job with a reason. Times are entered and shown in UTC.
 */
@Named
@ViewScoped
public class JobsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "jobsForm";
    private static final String PLAN_FORM = "planForm";
    private static final String ASSIGN_FORM = "assignForm";
    private static final String CANCEL_FORM = "cancelForm";

    @EJB
    private JobService jobService;

    @EJB
    private ScheduleService scheduleService;

    @EJB
    private PlantService plantService;

    private List<PlantNodeDto> lines = List.of();
    private List<JobAssignmentDto> jobs = List.of();
    private List<ScheduleEntryDto> upcomingEntries = List.of();
    private Long lineId;
    private JobStatus status;
    private String operator;

    private Long planLineId;
    private String productCode;
    private BigDecimal plannedQuantity;
    private LocalDateTime plannedStart;
    private LocalDateTime plannedEnd;
    private SchedulePriority priority = SchedulePriority.NORMAL;

    private Long assignEntryId;
    private String assignOperator;

    private Long cancelJobId;
    private String cancelReason;

    @PostConstruct
    void load() {
        lines = plantService.find(new PlantNodeFilter(PlantLevel.PRODUCTION_LINE, null, true, null),
                PageRequest.of(0, PageRequest.MAX_SIZE, "code")).getItems();
        search();
    }

    public void search() {
        ActionFeedback.run(FORM, () -> jobs = jobService.jobs(lineId, status, operator));
    }

    public void newEntry() {
        planLineId = lineId;
        productCode = null;
        plannedQuantity = null;
        LocalDateTime nextHour = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        plannedStart = nextHour;
        plannedEnd = nextHour.plusHours(8);
        priority = SchedulePriority.NORMAL;
    }

    public void plan() {
        if (ActionFeedback.run(PLAN_FORM, () -> {
            ScheduleEntryDto entry = scheduleService.plan(new ScheduleEntryDraft(planLineId, productCode, plannedQuantity, utc(plannedStart),
                    utc(plannedEnd), priority, null));
            ActionFeedback.info("Schedule entry " + entry.id() + " planned: " + entry.productCode() + " on " + entry.lineCode());
        })) {
            PrimeFaces.current().executeScript("PF('planDialog').hide()");
        }
    }

    /** Opens the assign dialog on the schedule entries of the filtered line (or all lines) from now on for a week. */
    public void newAssignment() {
        assignEntryId = null;
        assignOperator = null;
        Instant now = Instant.now();
        upcomingEntries = scheduleService.entries(lineId, now, now.plus(Duration.ofDays(7)));
    }

    public void assign() {
        if (ActionFeedback.run(ASSIGN_FORM, () -> {
            if (assignEntryId == null) {
                throw new InvalidInputException("scheduleEntryId", "Choose a schedule entry");
            }
            JobAssignmentDto job = jobService.assign(assignEntryId, assignOperator);
            ActionFeedback.info("Job " + job.id() + " assigned to " + job.operator());
            jobs = jobService.jobs(lineId, status, operator);
        })) {
            PrimeFaces.current().executeScript("PF('assignDialog').hide()");
        }
    }

    public void prepareCancel(long jobId) {
        cancelJobId = jobId;
        cancelReason = null;
    }

    public void cancelJob() {
        if (ActionFeedback.run(CANCEL_FORM, () -> {
            jobService.cancel(cancelJobId, cancelReason);
            ActionFeedback.info("Job " + cancelJobId + " cancelled");
            jobs = jobService.jobs(lineId, status, operator);
        })) {
            PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
        }
    }

    public String entryLabel(ScheduleEntryDto entry) {
        return entry.lineCode() + " · " + entry.productCode() + " · " + entry.plannedQuantity().stripTrailingZeros().toPlainString() + " · "
                + entry.plannedStart().toString().replace('T', ' ').replace("Z", "") + " UTC";
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    public JobStatus[] getStatuses() {
        return JobStatus.values();
    }

    public SchedulePriority[] getPriorities() {
        return SchedulePriority.values();
    }

    public List<PlantNodeDto> getLines() {
        return lines;
    }

    public List<JobAssignmentDto> getJobs() {
        return jobs;
    }

    public List<ScheduleEntryDto> getUpcomingEntries() {
        return upcomingEntries;
    }

    public Long getLineId() {
        return lineId;
    }

    public void setLineId(Long lineId) {
        this.lineId = lineId;
    }

    public JobStatus getStatus() {
        return status;
    }

    public void setStatus(JobStatus status) {
        this.status = status;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public Long getPlanLineId() {
        return planLineId;
    }

    public void setPlanLineId(Long planLineId) {
        this.planLineId = planLineId;
    }

    public String getProductCode() {
        return productCode;
    }

    public void setProductCode(String productCode) {
        this.productCode = productCode;
    }

    public BigDecimal getPlannedQuantity() {
        return plannedQuantity;
    }

    public void setPlannedQuantity(BigDecimal plannedQuantity) {
        this.plannedQuantity = plannedQuantity;
    }

    public LocalDateTime getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDateTime plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDateTime getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDateTime plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public SchedulePriority getPriority() {
        return priority;
    }

    public void setPriority(SchedulePriority priority) {
        this.priority = priority;
    }

    public Long getAssignEntryId() {
        return assignEntryId;
    }

    public void setAssignEntryId(Long assignEntryId) {
        this.assignEntryId = assignEntryId;
    }

    public String getAssignOperator() {
        return assignOperator;
    }

    public void setAssignOperator(String assignOperator) {
        this.assignOperator = assignOperator;
    }

    public Long getCancelJobId() {
        return cancelJobId;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
