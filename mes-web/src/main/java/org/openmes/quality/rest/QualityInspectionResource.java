package org.openmes.quality.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.platform.rest.RequestParams;
import org.openmes.quality.service.AwaitingInspectionDto;
import org.openmes.quality.service.InspectionDto;
import org.openmes.quality.service.InspectionRequest;
import org.openmes.quality.service.QualityService;

/**
 * REST adapter of quality inspections: the QC queue, the inspections of a batch operation or of a batch, and the
 * inspector's verdict on a batch operation awaiting inspection.
 */
@Path("/quality")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality", description = "Inspections of operations with a quality check: PASS, FAIL, REWORK")
public class QualityInspectionResource {
    private static final String ID = "id";

    @EJB
    QualityService quality;

    @GET
    @Path("queue")
    @Operation(summary = "The QC queue", description = "Batch operations awaiting inspection (their routing step has a "
            + "quality check and the operator completed them), at one work center or everywhere; most urgent order first.")
    @APIResponse(responseCode = "200", description = "The operations awaiting inspection",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AwaitingInspectionDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<AwaitingInspectionDto> queue(@QueryParam("workCenterId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String workCenterId) {
        return quality.queue(RequestParams.parseLong("workCenterId", workCenterId));
    }

    @GET
    @Path("operations/{id}/inspections")
    @Operation(summary = "The inspections of a batch operation", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The inspections",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<InspectionDto> ofOperation(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return quality.ofOperation(RequestParams.parseLong(ID, id));
    }

    @GET
    @Path("batches/{id}/inspections")
    @Operation(summary = "The inspections of a batch", description = "Of every operation of the batch, in routing order, oldest first.")
    @APIResponse(responseCode = "200", description = "The inspections",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<InspectionDto> ofBatch(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return quality.ofBatch(RequestParams.parseLong(ID, id));
    }

    @POST
    @Path("operations/{id}/inspections")
    @Operation(summary = "Record an inspection", description = "The caller's verdict on every good unit the operation "
            + "awaits inspection with: PASS completes the operation (and the batch with its last operation); FAIL "
            + "scraps quantityRejected units, the rest still await a PASS; REWORK takes quantityRejected units back and "
            + "reopens the operation (PAUSED). FAIL and REWORK name the defectReason. 409 when the operation awaits no "
            + "inspection or the version is stale; 400 naming the field of a bad input.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = InspectionDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response record(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @NotNull(message = "a JSON body is required") InspectionRequest inspection, @Context UriInfo uriInfo) {
        InspectionDto recorded = quality.record(RequestParams.parseLong(ID, id), inspection);
        return Response.created(uriInfo.getAbsolutePath()).entity(recorded).build();
    }
}
