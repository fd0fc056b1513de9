package org.openmes.downtime.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.common.InvalidInputException;
import org.openmes.downtime.service.DowntimeEventDto;
import org.openmes.downtime.service.DowntimeReasonDto;
import org.openmes.downtime.service.DowntimeService;
import org.openmes.downtime.service.ManualDowntimeDto;
import org.openmes.platform.rest.RequestParams;

/** Downtime over REST: parses and hands on; rules and refusals are the service's. */
@Path("/downtime")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Downtime", description = "The reason tree and downtime events: automatic from telemetry, entered by hand, "
        + "given a reason, split, merged and confirmed with a signature")
public class DowntimeResource {
    /** A reason (and optionally a comment) for an event, at the version the client saw. */
    public record ReasonRequest(Long reasonId, String comment, Long version) {
    }

    /** Ends an event entered by hand. */
    public record EndRequest(OffsetDateTime endedAt, Long version) {
    }

    /** Where to split an event. */
    public record SplitRequest(OffsetDateTime at, Long version) {
    }

    /** The event that follows and is merged into this one. */
    public record MergeRequest(Long nextId, Long version) {
    }

    /** The caller's APPROVED signature of the event. */
    public record ConfirmationRequest(Long signatureId) {
    }

    @EJB
    private DowntimeService downtime;

    @GET
    @Path("/reasons")
    @Operation(summary = "The reason tree, flat: each reason with its parent and category")
    public List<DowntimeReasonDto> reasons() {
        return downtime.reasons();
    }

    @POST
    @Path("/reasons")
    @Operation(summary = "Add a reason", description = "A root reason names its category; a child takes its parent's.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createReason(DowntimeReasonDto reason) {
        return Response.status(Response.Status.CREATED).entity(downtime.createReason(required(reason))).build();
    }

    @PUT
    @Path("/reasons/{id}")
    @Operation(summary = "Rename a reason or switch it (in)active", description = "Needs the version read before.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public DowntimeReasonDto updateReason(@PathParam("id") String id, DowntimeReasonDto reason) {
        return downtime.updateReason(RequestParams.parseLong("id", id), required(reason));
    }

    @GET
    @Path("/events")
    @Operation(summary = "The downtime events of a piece of equipment overlapping [from, to)",
            description = "Minor stops (shorter than mes.downtime.minor-stop-threshold) only with minorStops=true")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<DowntimeEventDto> events(@QueryParam("equipmentId") String equipmentId, @QueryParam("from") String from,
                                         @QueryParam("to") String to, @QueryParam("minorStops") String minorStops) {
        return downtime.events(RequestParams.parseLong("equipmentId", equipmentId), RequestParams.parseInstant("from", from),
                RequestParams.parseInstant("to", to), Boolean.TRUE.equals(RequestParams.parseBoolean("minorStops", minorStops)));
    }

    @POST
    @Path("/events")
    @Operation(summary = "Enter downtime by hand (machines without a PLC)", description = "With a reason; endedAt may be "
            + "left out while the stop lasts")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response record(ManualDowntimeDto event) {
        return Response.status(Response.Status.CREATED).entity(downtime.record(required(event))).build();
    }

    @GET
    @Path("/events/{id}")
    @Operation(summary = "One downtime event")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DowntimeEventDto event(@PathParam("id") String id) {
        return downtime.event(RequestParams.parseLong("id", id));
    }

    @PUT
    @Path("/events/{id}/reason")
    @Operation(summary = "Give an event its reason (and a comment)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public DowntimeEventDto assignReason(@PathParam("id") String id, ReasonRequest request) {
        ReasonRequest body = required(request);
        return downtime.assignReason(RequestParams.parseLong("id", id), body.reasonId(), body.comment(), body.version());
    }

    @POST
    @Path("/events/{id}/end")
    @Operation(summary = "End a stop under way")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public DowntimeEventDto end(@PathParam("id") String id, EndRequest request) {
        EndRequest body = required(request);
        return downtime.end(RequestParams.parseLong("id", id), body.endedAt(), body.version());
    }

    @POST
    @Path("/events/{id}/split")
    @Operation(summary = "Split an event in two at a time within it", description = "Answers both parts, earlier first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public List<DowntimeEventDto> split(@PathParam("id") String id, SplitRequest request) {
        SplitRequest body = required(request);
        return downtime.split(RequestParams.parseLong("id", id), body.at(), body.version());
    }

    @POST
    @Path("/events/{id}/merge")
    @Operation(summary = "Merge the event that starts where this one ends into this one")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public DowntimeEventDto merge(@PathParam("id") String id, MergeRequest request) {
        MergeRequest body = required(request);
        return downtime.merge(RequestParams.parseLong("id", id), body.nextId(), body.version());
    }

    @POST
    @Path("/events/{id}/confirmation")
    @Operation(summary = "Confirm an event with the caller's APPROVED signature of it",
            description = "Sign the record type DowntimeEvent first (signature service); the event stays confirmed while "
                    + "the signature holds for its content")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public DowntimeEventDto confirm(@PathParam("id") String id, ConfirmationRequest request) {
        return downtime.confirm(RequestParams.parseLong("id", id), required(request).signatureId());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException(null, "A JSON body is required");
        }
        return body;
    }
}
