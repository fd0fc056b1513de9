package org.openmes.kiosk.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.common.InvalidInputException;
import org.openmes.kiosk.service.KioskDto;
import org.openmes.kiosk.service.KioskRegistration;
import org.openmes.kiosk.service.KioskService;
import org.openmes.kiosk.service.OperatorBadgeDto;
import org.openmes.platform.rest.RequestParams;

/**
 * Registering kiosks and issuing operator badges. A registration answers with a one-time enrolment code that is shown
 * this once: typed on the device's {@code /kiosk/enrol.xhtml}, it makes that browser the kiosk.
 */
@Path("/")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kiosks", description = "Registered shop-floor devices and the badges operators sign in with there")
public class KioskResource {
    /** What a client sends to register a kiosk. */
    public record KioskRequest(String code, String name, Long plantNodeId) {
    }

    /** What a client sends to issue a badge: the first PIN travels once, over TLS, and is stored hashed. */
    public record BadgeRequest(String badgeNumber, String principalName, String displayName, String pin) {
    }

    /** A new PIN. */
    public record PinRequest(String pin) {
    }

    @EJB
    private KioskService kioskService;

    @GET
    @Path("kiosks")
    @Operation(summary = "All kiosks")
    public List<KioskDto> kiosks() {
        return kioskService.kiosks();
    }

    @POST
    @Path("kiosks")
    @Operation(summary = "Register a kiosk; the answer carries its one-time enrolment code")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response register(KioskRequest request) {
        KioskRequest body = required(request);
        KioskRegistration registration = kioskService.register(new KioskDto(null, body.code(), body.name(), body.plantNodeId(), false, null, true));
        return Response.status(Response.Status.CREATED).entity(registration).build();
    }

    @POST
    @Path("kiosks/{id}/enrolment-codes")
    @Operation(summary = "A new enrolment code for a kiosk; the device enrolled so far stops being a kiosk")
    @APIResponse(responseCode = "201", description = "The new code")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response newEnrolmentCode(@PathParam("id") String id) {
        return Response.status(Response.Status.CREATED).entity(kioskService.newEnrolmentCode(RequestParams.parseLong("id", id))).build();
    }

    @POST
    @Path("operator-badges")
    @Operation(summary = "Issue an operator badge with its first PIN")
    @APIResponse(responseCode = "201", description = "Issued")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response issueBadge(BadgeRequest request) {
        BadgeRequest body = required(request);
        OperatorBadgeDto badge = kioskService.createBadge(new OperatorBadgeDto(null, body.badgeNumber(), body.principalName(),
                body.displayName(), null, true), body.pin());
        return Response.status(Response.Status.CREATED).entity(badge).build();
    }

    @PUT
    @Path("operator-badges/{id}/pin")
    @Operation(summary = "Set a new PIN; lifts a lock")
    @APIResponse(responseCode = "200", description = "The badge")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public OperatorBadgeDto changePin(@PathParam("id") String id, PinRequest request) {
        return kioskService.changePin(RequestParams.parseLong("id", id), required(request).pin());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException(null, "A JSON body is required");
        }
        return body;
    }
}
