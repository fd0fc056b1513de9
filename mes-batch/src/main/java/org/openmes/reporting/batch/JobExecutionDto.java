package org.openmes.reporting.batch;

import java.time.OffsetDateTime;

/** What a caller sees of one execution of a batch job. */
public class JobExecutionDto {
    private final long executionId;
    private final String jobName;
    private final String batchStatus;
    private final String exitStatus;
    private final OffsetDateTime startTime;
    private final OffsetDateTime endTime;

    public JobExecutionDto(long executionId, String jobName, String batchStatus, String exitStatus,
                           OffsetDateTime startTime, OffsetDateTime endTime) {
        this.executionId = executionId;
        this.jobName = jobName;
        this.batchStatus = batchStatus;
        this.exitStatus = exitStatus;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    public long getExecutionId() { return executionId; }
    public String getJobName() { return jobName; }
    public String getBatchStatus() { return batchStatus; }
    public String getExitStatus() { return exitStatus; }
    public OffsetDateTime getStartTime() { return startTime; }
    public OffsetDateTime getEndTime() { return endTime; }
}
