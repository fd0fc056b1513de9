package org.openmes.andon.rest;

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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.common.shopfloor.AndonPriority;
import org.openmes.andon.service.AndonCallDto;
import org.openmes.andon.service.AndonEventDto;
import org.openmes.andon.service.AndonNotificationDto;
import org.openmes.andon.service.AndonRaise;
import org.openmes.andon.service.AndonService;
import org.openmes.andon.service.EscalationRuleDto;
import org.openmes.common.InvalidInputException;
import org.openmes.platform.rest.RequestParams;

/**
 * Andon calls: raise, acknowledge, resolve with notes, escalate by hand, read with their history; and the escalation
 * rules per priority, plant-wide or per line. A step the call's state does not allow answers 409.
 */
@Path("/andon")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Andon", description = "Calls for help on the lines and their escalation")
public class AndonResource {
    /** How a call was resolved. */
    public record ResolveRequest(String notes) {
    }

    /** Why a call is escalated by hand (optional). */
    public record EscalateRequest(String note) {
    }

    /** The levels for one priority and place. */
    public record RulesRequest(List<EscalationRuleDto> levels) {
    }

    @EJB
    private AndonService andon;

    @GET
    @Path("calls")
    @Operation(summary = "Calls of one line or all; only unresolved ones unless all=true; most urgent and oldest first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<AndonCallDto> calls(@QueryParam("lineId") String lineId, @QueryParam("all") String all) {
        return andon.calls(RequestParams.parseLong("lineId", lineId), !Boolean.TRUE.equals(RequestParams.parseBoolean("all", all)));
    }

    @POST
    @Path("calls")
    @Operation(summary = "Raise a call on a line; its level 1 is called at once and escalation starts")
    @APIResponse(responseCode = "201", description = "Raised")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response raise(AndonRaise raise) {
        return Response.status(Response.Status.CREATED).entity(andon.raise(raise)).build();
    }

    @GET
    @Path("calls/{id}")
    @Operation(summary = "One call")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AndonCallDto call(@PathParam("id") String id) {
        return andon.call(RequestParams.parseLong("id", id));
    }

    @GET
    @Path("calls/{id}/history")
    @Operation(summary = "Every step of a call, oldest first: raised, acknowledged, escalated (by whom, to which level, who was called), resolved")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<AndonEventDto> history(@PathParam("id") String id) {
        return andon.history(RequestParams.parseLong("id", id));
    }

    @GET
    @Path("calls/{id}/notifications")
    @Operation(summary = "The messages about a call by level, recipient and channel: per level, recipient and channel (EMAIL, SMS) the address, status"
            + " PENDING/SENT/FAILED, attempts and the last failure's reason")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<AndonNotificationDto> notifications(@PathParam("id") String id) {
        return andon.notifications(RequestParams.parseLong("id", id));
    }

    @POST
    @Path("calls/{id}/acknowledge")
    @Operation(summary = "Acknowledge an open call")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public AndonCallDto acknowledge(@PathParam("id") String id) {
        return andon.acknowledge(RequestParams.parseLong("id", id));
    }

    @POST
    @Path("calls/{id}/resolve")
    @Operation(summary = "Resolve a call, with notes")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public AndonCallDto resolve(@PathParam("id") String id, ResolveRequest request) {
        return andon.resolve(RequestParams.parseLong("id", id), request == null ? null : request.notes());
    }

    @POST
    @Path("calls/{id}/escalate")
    @Operation(summary = "Move a call up to its next escalation level by hand")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public AndonCallDto escalate(@PathParam("id") String id, EscalateRequest request) {
        return andon.escalate(RequestParams.parseLong("id", id), request == null ? null : request.note());
    }

    @GET
    @Path("escalation-rules")
    @Operation(summary = "The escalation rules of a line's own (lineId) or the plant-wide ones (no lineId)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<EscalationRuleDto> rules(@QueryParam("lineId") String lineId) {
        return andon.rules(RequestParams.parseLong("lineId", lineId));
    }

    @PUT
    @Path("escalation-rules/{priority}")
    @Operation(summary = "Set the levels for one priority, of a line (lineId) or plant-wide (no lineId); they replace the ones there were")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public List<EscalationRuleDto> defineRules(@PathParam("priority") String priority, @QueryParam("lineId") String lineId,
                                               RulesRequest request) {
        return andon.defineRules(RequestParams.parseLong("lineId", lineId), priority(priority), request == null ? null : request.levels());
    }

    private static AndonPriority priority(String raw) {
        try {
            return AndonPriority.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("priority", "Unknown priority " + raw + "; one of LOW, MEDIUM, HIGH, CRITICAL");
        }
    }
}
