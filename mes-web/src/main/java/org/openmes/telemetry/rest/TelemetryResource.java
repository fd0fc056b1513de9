package org.openmes.telemetry.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.telemetry.service.CurrentValueDto;
import org.openmes.telemetry.service.EdgeEventDto;
import org.openmes.telemetry.service.PlcConnectionDto;
import org.openmes.telemetry.service.PlcTagDto;
import org.openmes.telemetry.service.SignalMappingDto;
import org.openmes.telemetry.service.TelemetryConfigService;
import org.openmes.telemetry.service.TelemetryStatusDto;
import org.openmes.telemetry.service.TelemetryStatusService;

/**
 * REST adapter of the telemetry configuration: PLC connections, their tags, the mapping of tags to equipment
 * signals, and the current signal values. Parses and validates; rules and refusals are the service's.
 */
@Path("/telemetry")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Telemetry", description = "PLC connections, tags, equipment signal mappings and current values")
public class TelemetryResource {

    @EJB
    private TelemetryConfigService telemetry;

    @EJB
    private TelemetryStatusService status;

    @GET
    @Path("/status")
    @Operation(summary = "The PLC connector's status", description = "Per PLC: connected, last good read, reconnects, "
            + "last error; the store-and-forward journal's depth and the scans lost to a full journal.")
    public TelemetryStatusDto status() {
        return status.status();
    }

    @GET
    @Path("/plcs")
    @Operation(summary = "List the PLC connections")
    public List<PlcConnectionDto> connections() {
        return telemetry.connections();
    }

    @POST
    @Path("/plcs")
    @Operation(summary = "Create a PLC connection", description = "The connection string is checked by the PLC4X "
            + "driver it names; the connector starts polling within its refresh period, without a restart.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response createConnection(@Valid @NotNull(message = "a JSON body is required") PlcConnectionDto connection,
                                     @Context UriInfo uriInfo) {
        PlcConnectionDto created = telemetry.createConnection(connection);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.getCode()).build()).entity(created).build();
    }

    @GET
    @Path("/plcs/{code}")
    @Operation(summary = "Read a PLC connection")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlcConnectionDto connection(@PathParam("code") String code) {
        return telemetry.connection(code);
    }

    @POST
    @Path("/plcs/{code}/enable")
    @Operation(summary = "Start polling a PLC", description = "The connector follows within its refresh period.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlcConnectionDto enable(@PathParam("code") String code) {
        return telemetry.setEnabled(code, true);
    }

    @POST
    @Path("/plcs/{code}/disable")
    @Operation(summary = "Stop polling a PLC", description = "The connector closes its session within its refresh period.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlcConnectionDto disable(@PathParam("code") String code) {
        return telemetry.setEnabled(code, false);
    }

    @GET
    @Path("/plcs/{code}/tags")
    @Operation(summary = "List the tags of a PLC connection")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<PlcTagDto> tags(@PathParam("code") String code) {
        return telemetry.tags(code);
    }

    @POST
    @Path("/plcs/{code}/tags")
    @Operation(summary = "Add a tag to a PLC connection", description = "The address is checked by the connection's "
            + "PLC4X driver; the scan class must be one of the connection's.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response addTag(@PathParam("code") String code, @Valid @NotNull(message = "a JSON body is required") PlcTagDto tag,
                           @Context UriInfo uriInfo) {
        PlcTagDto created = telemetry.addTag(code, tag);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @POST
    @Path("/signal-mappings")
    @Operation(summary = "Map a tag to a canonical signal of a piece of equipment")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response mapSignal(@Valid @NotNull(message = "a JSON body is required") SignalMappingDto mapping,
                              @Context UriInfo uriInfo) {
        SignalMappingDto created = telemetry.mapSignal(mapping);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @GET
    @Path("/equipment/{id}/events")
    @Operation(summary = "The newest edge events of a piece of equipment", description = "Fault bits raised and "
            + "cleared, state changes, counter increments; newest first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<EdgeEventDto> events(@PathParam("id") long equipmentId,
                                     @QueryParam("limit") @DefaultValue("100") int limit) {
        return telemetry.edgeEvents(equipmentId, limit);
    }

    @GET
    @Path("/equipment/{id}/current-values")
    @Operation(summary = "The current signal values of a piece of equipment")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<CurrentValueDto> currentValues(@PathParam("id") long equipmentId) {
        return telemetry.currentValues(equipmentId);
    }
}
