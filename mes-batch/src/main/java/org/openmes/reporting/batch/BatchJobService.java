package org.openmes.reporting.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Properties;
import java.util.Set;
import org.openmes.common.NotFoundException;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Starts the MES's batch jobs and reports on their executions. Only the jobs named here can be started:
 * a job name from a request never reaches the batch runtime unchecked. Starting a job needs
 * {@code report.generate}, reading an execution {@code report.view}.
 */
@Stateless
@RequiresPermission(Permission.REPORT_VIEW)
public class BatchJobService {
    static final Set<String> JOBS = Set.of("plant-census");

    @RequiresPermission(Permission.REPORT_GENERATE)
    public long start(String jobName) {
        if (!JOBS.contains(jobName)) {
            throw new NotFoundException("batch job", jobName);
        }
        return operator().start(jobName, new Properties());
    }

    public JobExecutionDto execution(long executionId) {
        try {
            JobExecution execution = operator().getJobExecution(executionId);
            return new JobExecutionDto(execution.getExecutionId(), execution.getJobName(),
                    execution.getBatchStatus().name(), execution.getExitStatus(),
                    utc(execution.getStartTime()), utc(execution.getEndTime()));
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("job execution", executionId);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static OffsetDateTime utc(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
