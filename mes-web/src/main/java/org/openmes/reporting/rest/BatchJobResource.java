package org.openmes.reporting.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.reporting.batch.BatchJobService;
import org.openmes.reporting.batch.JobExecutionDto;

/** Starts the MES's batch jobs and reports on their executions. */
@Path("/batch")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Batch jobs")
public class BatchJobResource {

    @EJB
    private BatchJobService jobs;

    @POST
    @Path("/jobs/{jobName}/executions")
    @Operation(summary = "Start a batch job", description = "Answers 202 with the execution to follow; 404 for an unknown job.")
    public Response start(@PathParam("jobName") String jobName, @Context UriInfo uri) {
        long executionId = jobs.start(jobName);
        JobExecutionDto execution = jobs.execution(executionId);
        return Response.accepted(execution)
                .location(uri.getBaseUriBuilder().path(BatchJobResource.class).path("executions/{id}").build(executionId))
                .build();
    }

    @GET
    @Path("/executions/{executionId}")
    @Operation(summary = "One execution of a batch job: status, exit status, start and end time")
    public JobExecutionDto execution(@PathParam("executionId") long executionId) {
        return jobs.execution(executionId);
    }
}
