package org.openmes.execution.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.common.InvalidInputException;
import org.openmes.execution.model.JobStatus;
import org.openmes.execution.service.CountedQuantities;
import org.openmes.execution.service.JobAssignmentDto;
import org.openmes.execution.service.JobService;
import org.openmes.execution.service.ScheduleEntryDraft;
import org.openmes.execution.service.ScheduleEntryDto;
import org.openmes.execution.service.ScheduleService;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;

/**
 * The production schedule per line and the job assignments that carry it out. Lifecycle steps are POSTs to the
 * job ({@code /accept}, {@code /start}, {@code /complete}, {@code /cancel}); a step the job's state does not allow
 * answers 409 naming the state.
 */
@Path("/")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Execution", description = "Production schedule entries per line and job assignments of operators")
public class ExecutionResource {
    /** What a supervisor sends to give a schedule entry to an operator (a user name). */
    public record AssignRequest(Long scheduleEntryId, String operator) {
    }

    /** Quantities of a completed job; both left out means "take the PLC's counts". */
    public record CompleteRequest(BigDecimal goodQuantity, BigDecimal scrapQuantity) {
    }

    /** Why a job is cancelled. */
    public record CancelRequest(String reason) {
    }

    @EJB
    private ScheduleService schedule;

    @EJB
    private JobService jobs;

    @GET
    @Path("schedule-entries")
    @Operation(summary = "Schedule entries whose window meets [from, to), of one line or all, in time order")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<ScheduleEntryDto> entries(@QueryParam("lineId") String lineId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return schedule.entries(RequestParams.parseLong("lineId", lineId), instant("from", from), instant("to", to));
    }

    @POST
    @Path("schedule-entries")
    @Operation(summary = "Put a product on a line's schedule; 409 when the window overlaps another entry of the line")
    @APIResponse(responseCode = "201", description = "Planned")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response plan(ScheduleEntryDraft draft) {
        return Response.status(Response.Status.CREATED).entity(schedule.plan(draft)).build();
    }

    @GET
    @Path("schedule-entries/{id}")
    @Operation(summary = "One schedule entry")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ScheduleEntryDto entry(@PathParam("id") String id) {
        return schedule.entry(RequestParams.parseLong("id", id));
    }

    @PUT
    @Path("schedule-entries/{id}")
    @Operation(summary = "Change a schedule entry (its line stays)", description = "409 when the new window overlaps another "
            + "entry of the line, when a job not cancelled was made of the entry, or on a stale version (If-Match or ?version=).")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ScheduleEntryDto changeEntry(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                        @QueryParam("version") String version, ScheduleEntryDraft draft) {
        return schedule.change(RequestParams.parseLong("id", id), draft, ETags.version(ifMatch, version));
    }

    @DELETE
    @Path("schedule-entries/{id}")
    @Operation(summary = "Delete a schedule entry no job was made of", description = "Version from If-Match or ?version=.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deleteEntry(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @QueryParam("version") String version) {
        schedule.delete(RequestParams.parseLong("id", id), ETags.version(ifMatch, version));
    }

    @GET
    @Path("job-assignments")
    @Operation(summary = "Jobs by line, status and operator (each optional), newest assignment first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<JobAssignmentDto> jobs(@QueryParam("lineId") String lineId, @QueryParam("status") String status,
                                       @QueryParam("operator") String operator) {
        return jobs.jobs(RequestParams.parseLong("lineId", lineId), status(status), operator);
    }

    @GET
    @Path("job-assignments/mine")
    @Operation(summary = "The caller's open jobs (assigned, accepted, in progress) in the order of their planned start")
    public List<JobAssignmentDto> mine() {
        return jobs.myOpenJobs();
    }

    @POST
    @Path("job-assignments")
    @Operation(summary = "Give a schedule entry to an operator; 409 when the entry is taken or the operator is on another line then")
    @APIResponse(responseCode = "201", description = "Assigned")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response assign(AssignRequest request) {
        AssignRequest body = required(request);
        if (body.scheduleEntryId() == null) {
            throw new InvalidInputException("scheduleEntryId", "The schedule entry is required");
        }
        return Response.status(Response.Status.CREATED).entity(jobs.assign(body.scheduleEntryId(), body.operator())).build();
    }

    @GET
    @Path("job-assignments/{id}")
    @Operation(summary = "One job")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JobAssignmentDto job(@PathParam("id") String id) {
        return jobs.job(RequestParams.parseLong("id", id));
    }

    @GET
    @Path("job-assignments/{id}/counted-quantities")
    @Operation(summary = "What the PLC counted on the job's line while it ran (available only where one machine of the line counts good parts)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CountedQuantities counted(@PathParam("id") String id) {
        return jobs.countedQuantities(RequestParams.parseLong("id", id));
    }

    @POST
    @Path("job-assignments/{id}/accept")
    @Operation(summary = "The operator accepts the job")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public JobAssignmentDto accept(@PathParam("id") String id) {
        return jobs.accept(RequestParams.parseLong("id", id));
    }

    @POST
    @Path("job-assignments/{id}/start")
    @Operation(summary = "Start the job; 409 when its line or its operator already runs a job")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public JobAssignmentDto start(@PathParam("id") String id) {
        return jobs.start(RequestParams.parseLong("id", id));
    }

    @POST
    @Path("job-assignments/{id}/complete")
    @Operation(summary = "Complete the job with its good and scrap quantities, or with the PLC's counts when both are left out")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public JobAssignmentDto complete(@PathParam("id") String id, CompleteRequest request) {
        CompleteRequest body = request == null ? new CompleteRequest(null, null) : request;
        return jobs.complete(RequestParams.parseLong("id", id), body.goodQuantity(), body.scrapQuantity());
    }

    @POST
    @Path("job-assignments/{id}/cancel")
    @Operation(summary = "Cancel an open job, with the reason")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public JobAssignmentDto cancel(@PathParam("id") String id, CancelRequest request) {
        return jobs.cancel(RequestParams.parseLong("id", id), request == null ? null : request.reason());
    }

    private static Instant instant(String name, String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "Not an instant (e.g. 2026-11-21T06:00:00Z): " + raw);
        }
    }

    private static JobStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return JobStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "Unknown status " + raw + "; one of ASSIGNED, ACCEPTED, IN_PROGRESS, COMPLETED, CANCELLED");
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException(null, "A JSON body is required");
        }
        return body;
    }
}
