package org.openmes.telemetry.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;
import org.openmes.telemetry.service.CurrentValueDto;
import org.openmes.telemetry.service.EdgeEventDto;
import org.openmes.telemetry.service.PlcConnectionDto;
import org.openmes.telemetry.service.PlcTagDto;
import org.openmes.telemetry.service.SignalMappingDto;
import org.openmes.telemetry.service.TagSampleDto;
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
    private static final String IF_MATCH = "\"<version>\" as read in ETag";

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
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.getCode()).build())
                .tag(ETags.of(created.getVersion())).entity(created).build();
    }

    @GET
    @Path("/plcs/{code}")
    @Operation(summary = "Read a PLC connection", description = "The ETag header holds the version to send back on update.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response connection(@PathParam("code") String code) {
        PlcConnectionDto connection = telemetry.connection(code);
        return Response.ok(connection).tag(ETags.of(connection.getVersion())).build();
    }

    @PUT
    @Path("/plcs/{code}")
    @Operation(summary = "Change a PLC connection", description = "Everything but the code: name, connection string "
            + "(checked by its PLC4X driver, which must also accept every tag's address), enabled, scan classes (must "
            + "keep every tag's), request timeout, heartbeat tag. The version edited comes from If-Match (wins) or the "
            + "body's version. The connector follows within its refresh period, without a restart.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response updateConnection(@PathParam("code") String code,
                                     @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
                                     @Valid @NotNull(message = "a JSON body is required") PlcConnectionDto connection) {
        if (ifMatch != null) {
            connection.setVersion(ETags.versionOf(ifMatch));
        }
        PlcConnectionDto updated = telemetry.updateConnection(code, connection);
        return Response.ok(updated).tag(ETags.of(updated.getVersion())).build();
    }

    @DELETE
    @Path("/plcs/{code}")
    @Operation(summary = "Delete a PLC connection", description = "It and its tags are retired: no longer polled or "
            + "listed, code and tag names free again; samples and events keep referring to them. 409 naming the "
            + "mappings while one of its tags delivers an equipment signal.")
    @APIResponse(responseCode = "204", description = "Deleted (retired)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deleteConnection(@PathParam("code") String code) {
        telemetry.deleteConnection(code);
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
    @Operation(summary = "List the tags of a PLC connection", description = "The active ones; with includeRetired=true "
            + "also the deleted (retired) ones, with retiredAt and retiredBy: their samples stay readable by tag id.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<PlcTagDto> tags(@PathParam("code") String code, @QueryParam("includeRetired") String includeRetired) {
        return telemetry.tags(code, Boolean.TRUE.equals(RequestParams.parseBoolean("includeRetired", includeRetired)));
    }

    @GET
    @Path("/tags/{id}/samples")
    @Operation(summary = "The stored samples of a tag, newest first", description = "Of an active or a deleted (retired) "
            + "tag: from (inclusive) and to (exclusive) are optional ISO-8601 instants, limit 1..10000 (default 1000).")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<TagSampleDto> samples(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("limit") String limit) {
        Integer max = RequestParams.parseInt("limit", limit);
        return telemetry.tagSamples(RequestParams.parseLong("id", id), utc(RequestParams.parseInstant("from", from)),
                utc(RequestParams.parseInstant("to", to)), max == null ? 1000 : max);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
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
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.getName()).build())
                .tag(ETags.of(created.getVersion())).entity(created).build();
    }

    @GET
    @Path("/plcs/{code}/tags/{name}")
    @Operation(summary = "Read a tag", description = "The ETag header holds the version to send back on update.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response tag(@PathParam("code") String code, @PathParam("name") String name) {
        PlcTagDto tag = telemetry.tag(code, name);
        return Response.ok(tag).tag(ETags.of(tag.getVersion())).build();
    }

    @PUT
    @Path("/plcs/{code}/tags/{name}")
    @Operation(summary = "Change a tag", description = "Address (checked by the connection's PLC4X driver), data type, "
            + "scale, offset, unit, deadband, scan class, writable; the name is the key and stays. The version edited "
            + "comes from If-Match (wins) or the body's version. The connector reads the new way within its refresh period.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response updateTag(@PathParam("code") String code, @PathParam("name") String name,
                              @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
                              @Valid @NotNull(message = "a JSON body is required") PlcTagDto tag) {
        if (ifMatch != null) {
            tag.setVersion(ETags.versionOf(ifMatch));
        }
        PlcTagDto updated = telemetry.updateTag(code, name, tag);
        return Response.ok(updated).tag(ETags.of(updated.getVersion())).build();
    }

    @DELETE
    @Path("/plcs/{code}/tags/{name}")
    @Operation(summary = "Delete a tag", description = "The tag is retired: no longer read or listed, its name free "
            + "again; its samples and events keep referring to it. 409 naming the mappings while it delivers an "
            + "equipment signal.")
    @APIResponse(responseCode = "204", description = "Deleted (retired)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deleteTag(@PathParam("code") String code, @PathParam("name") String name) {
        telemetry.deleteTag(code, name);
    }

    @GET
    @Path("/signal-mappings")
    @Operation(summary = "List the signal mappings", description = "All, or those of one PLC connection (plc=CODE)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<SignalMappingDto> mappings(@QueryParam("plc") String plcCode) {
        return telemetry.mappings(plcCode);
    }

    @GET
    @Path("/signal-mappings/{id}")
    @Operation(summary = "Read a signal mapping", description = "The ETag header holds the version to send back on update.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response mapping(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        SignalMappingDto mapping = telemetry.mapping(RequestParams.parseLong("id", id));
        return Response.ok(mapping).tag(ETags.of(mapping.getVersion())).build();
    }

    @PUT
    @Path("/signal-mappings/{id}")
    @Operation(summary = "Let another tag deliver a mapped signal", description = "Equipment and signal stay; the version "
            + "edited comes from If-Match (wins) or the body's version.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response updateMapping(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                                  @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
                                  @Valid @NotNull(message = "a JSON body is required") SignalMappingDto mapping) {
        if (ifMatch != null) {
            mapping.setVersion(ETags.versionOf(ifMatch));
        }
        SignalMappingDto updated = telemetry.updateMapping(RequestParams.parseLong("id", id), mapping);
        return Response.ok(updated).tag(ETags.of(updated.getVersion())).build();
    }

    @DELETE
    @Path("/signal-mappings/{id}")
    @Operation(summary = "Delete a signal mapping", description = "The tag is still read; its values no longer count as "
            + "the equipment's signal.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void deleteMapping(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        telemetry.deleteMapping(RequestParams.parseLong("id", id));
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
                .tag(ETags.of(created.getVersion())).entity(created).build();
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
