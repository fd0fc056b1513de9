package org.openmes.shift.rest;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.common.InvalidInputException;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;
import org.openmes.shift.service.CalendarEntryDto;
import org.openmes.shift.service.PlannedTimeDto;
import org.openmes.shift.service.ProductionTargetDto;
import org.openmes.shift.service.ShiftAssignmentDto;
import org.openmes.shift.service.ShiftPatternDto;
import org.openmes.shift.service.ShiftService;

/** The time model over REST: parses and hands on; rules and refusals are the service's. */
@Path("/shifts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shifts", description = "Shift patterns, plant calendar, shift assignments, production targets and the "
        + "planned operation and busy time (ISO 22400 POT, PBT) of a line")
public class ShiftResource {

    @EJB
    private ShiftService shifts;

    @GET
    @Path("/patterns")
    @Operation(summary = "The shift patterns of a production line")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ShiftPatternDto> patterns(@QueryParam("lineId") String lineId) {
        return shifts.patterns(RequestParams.parseLong("lineId", lineId));
    }

    @POST
    @Path("/patterns")
    @Operation(summary = "Create a shift pattern with its breaks", description = "Start time in the plant's time zone "
            + "(mes.shift.time-zone), duration up to 1440 min, ISO weekdays (1 = Monday), breaks within the shift.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createPattern(ShiftPatternDto pattern) {
        return created(shifts.createPattern(required(pattern)));
    }

    @PUT
    @Path("/patterns/{id}")
    @Operation(summary = "Change a shift pattern", description = "Name, start, duration, weekdays, validity and breaks (the "
            + "breaks sent replace its breaks); line and code stay. The version edited comes from If-Match (wins) or the body's.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ShiftPatternDto updatePattern(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                         ShiftPatternDto pattern) {
        ShiftPatternDto change = required(pattern);
        if (ifMatch != null) {
            change = new ShiftPatternDto(change.id(), change.lineId(), change.code(), change.name(), change.startTime(),
                    change.durationMinutes(), change.weekdays(), change.validFrom(), change.validTo(), change.breaks(),
                    ETags.versionOf(ifMatch));
        }
        return shifts.updatePattern(RequestParams.parseLong("id", id), change);
    }

    @DELETE
    @Path("/patterns/{id}")
    @Operation(summary = "Delete a shift pattern with its breaks", description = "409 while people are assigned to it or "
            + "targets are set for it. The version comes from If-Match or ?version=.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deletePattern(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @QueryParam("version") String version) {
        shifts.deletePattern(RequestParams.parseLong("id", id), ETags.version(ifMatch, version));
    }

    @GET
    @Path("/calendar")
    @Operation(summary = "The calendar entries of a site, area or line overlapping [from, to)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<CalendarEntryDto> calendar(@QueryParam("nodeId") String nodeId, @QueryParam("from") String from,
                                           @QueryParam("to") String to) {
        return shifts.calendar(RequestParams.parseLong("nodeId", nodeId),
                RequestParams.parseInstant("from", from), RequestParams.parseInstant("to", to));
    }

    @POST
    @Path("/calendar")
    @Operation(summary = "Add a calendar entry", description = "HOLIDAY (no operation) or planned down time: BREAK, "
            + "MEETING, PLANNED_MAINTENANCE; in whole minutes")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response addCalendarEntry(CalendarEntryDto entry) {
        return created(shifts.addCalendarEntry(required(entry)));
    }

    @PUT
    @Path("/calendar/{id}")
    @Operation(summary = "Change a calendar entry", description = "Kind, description and span; the node stays. The version "
            + "edited comes from If-Match (wins) or the body's.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CalendarEntryDto updateCalendarEntry(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                CalendarEntryDto entry) {
        CalendarEntryDto change = required(entry);
        if (ifMatch != null) {
            change = new CalendarEntryDto(change.id(), change.nodeId(), change.kind(), change.description(), change.startsAt(),
                    change.endsAt(), ETags.versionOf(ifMatch));
        }
        return shifts.updateCalendarEntry(RequestParams.parseLong("id", id), change);
    }

    @DELETE
    @Path("/calendar/{id}")
    @Operation(summary = "Delete a calendar entry", description = "The version comes from If-Match or ?version=.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deleteCalendarEntry(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @QueryParam("version") String version) {
        shifts.deleteCalendarEntry(RequestParams.parseLong("id", id), ETags.version(ifMatch, version));
    }

    @GET
    @Path("/assignments")
    @Operation(summary = "The people on the shifts of a pattern between two dates (both included)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<ShiftAssignmentDto> assignments(@QueryParam("patternId") String patternId, @QueryParam("from") String from,
                                                @QueryParam("to") String to) {
        return shifts.assignments(RequestParams.parseLong("patternId", patternId), RequestParams.parseDate("from", from),
                RequestParams.parseDate("to", to));
    }

    @DELETE
    @Path("/assignments/{id}")
    @Operation(summary = "Take a person off a shift")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void deleteAssignment(@PathParam("id") String id) {
        shifts.deleteAssignment(RequestParams.parseLong("id", id));
    }

    @GET
    @Path("/targets")
    @Operation(summary = "The production targets of a pattern, oldest first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<ProductionTargetDto> targets(@QueryParam("patternId") String patternId) {
        return shifts.targets(RequestParams.parseLong("patternId", patternId));
    }

    @DELETE
    @Path("/targets/{id}")
    @Operation(summary = "Delete a production target")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void deleteTarget(@PathParam("id") String id) {
        shifts.deleteTarget(RequestParams.parseLong("id", id));
    }

    @POST
    @Path("/assignments")
    @Operation(summary = "Assign a person to the shift of a pattern on a date")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response assign(ShiftAssignmentDto assignment) {
        return created(shifts.assign(required(assignment)));
    }

    @POST
    @Path("/targets")
    @Operation(summary = "Set the production target (good units per shift) of a pattern from a date on")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response setTarget(ProductionTargetDto target) {
        return created(shifts.setTarget(required(target)));
    }

    @GET
    @Path("/planned-time")
    @Operation(summary = "POT, PDOT and PBT of a line in [from, to), with its shifts, targets and people")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlannedTimeDto plannedTime(@QueryParam("lineId") String lineId, @QueryParam("from") String from,
                                      @QueryParam("to") String to) {
        return shifts.plannedTime(RequestParams.parseLong("lineId", lineId),
                RequestParams.parseInstant("from", from), RequestParams.parseInstant("to", to));
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException(null, "A JSON body is required");
        }
        return body;
    }
}
