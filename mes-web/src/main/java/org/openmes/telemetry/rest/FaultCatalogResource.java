package org.openmes.telemetry.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;
import org.openmes.telemetry.service.FaultCatalogEntryDto;
import org.openmes.telemetry.service.FaultCatalogService;

/**
 * REST adapter of the fault catalog: what each bit (0..63) of a piece of equipment's FAULT_WORD means. An entry is
 * addressed by equipment and bit; its version travels as a strong ETag.
 */
@Path("/telemetry/equipment/{id}/faults")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Telemetry", description = "PLC connections, tags, equipment signal mappings and current values")
public class FaultCatalogResource {

    @EJB
    private FaultCatalogService faults;

    @GET
    @Operation(summary = "The fault catalog of a piece of equipment", description = "Entries by bit")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<FaultCatalogEntryDto> entries(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return faults.entries(RequestParams.parseLong("id", id));
    }

    @POST
    @Operation(summary = "Define what a fault bit means", description = "bit 0..63, code unique per equipment; "
            + "severity INFO|WARNING|STOP|CRITICAL, downtimeCategory PLANNED|UNPLANNED|MAINTENANCE|CHANGEOVER|MATERIAL|QUALITY, "
            + "andonPriority LOW|MEDIUM|HIGH|CRITICAL")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @NotNull(message = "a JSON body is required") FaultCatalogEntryDto entry, @Context UriInfo uriInfo) {
        FaultCatalogEntryDto created = faults.create(RequestParams.parseLong("id", id), entry);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.bit())).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/{bit}")
    @Operation(summary = "What one fault bit means", description = "The ETag header holds the version to send back on update.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response entry(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                          @PathParam("bit") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String bit) {
        FaultCatalogEntryDto entry = faults.entry(RequestParams.parseLong("id", id), RequestParams.parseInt("bit", bit));
        return Response.ok(entry).tag(ETags.of(entry.version())).build();
    }

    @PUT
    @Path("/{bit}")
    @Operation(summary = "Change what a fault bit means", description = "The version edited comes from If-Match (wins) "
            + "or the body's version; one of them is required.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response update(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @PathParam("bit") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String bit,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "\"<version>\" as read in ETag") String ifMatch,
                           @NotNull(message = "a JSON body is required") FaultCatalogEntryDto entry) {
        FaultCatalogEntryDto edited = ifMatch == null ? entry : new FaultCatalogEntryDto(entry.id(), entry.equipmentId(),
                entry.bit(), entry.code(), entry.text(), entry.severity(), entry.downtimeCategory(), entry.andonPriority(),
                ETags.versionOf(ifMatch));
        FaultCatalogEntryDto updated = faults.update(RequestParams.parseLong("id", id), RequestParams.parseInt("bit", bit), edited);
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }

    @DELETE
    @Path("/{bit}")
    @Operation(summary = "Remove what a fault bit means", description = "The bit's events stay; they are then of unknown cause.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void delete(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                       @PathParam("bit") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String bit) {
        faults.delete(RequestParams.parseLong("id", id), RequestParams.parseInt("bit", bit));
    }
}
