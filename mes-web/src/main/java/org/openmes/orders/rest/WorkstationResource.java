package org.openmes.orders.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.orders.service.WorkstationOperationDto;
import org.openmes.orders.service.WorkstationQueueDto;
import org.openmes.orders.service.WorkstationService;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;

/**
 * REST adapter of execution at the workstation: the queue of batch operations at a work center (or at the caller's
 * kiosk), one operation by id or by a scanned traveler code, and the confirmations start, pause, resume and
 * complete (partial or final), and the operator's choice of material where the BOM leaves it. Each confirmation names the version the operator saw (If-Match, the
 * {@code version} query parameter, or for a completion the body's field).
 */
@Path("/workstation")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workstation", description = "Operations of released batches at work centers, and their confirmations")
public class WorkstationResource {
    private static final String ID = "id";

    @EJB
    WorkstationService workstation;

    @GET
    @Path("queue")
    @Operation(summary = "The queue of a work center", description = "Open operations of released batches at the work "
            + "center; without workCenterId, at the work centers of the caller's kiosk. Running and paused first, then "
            + "those that may start, then those waiting for their predecessor.")
    @APIResponse(responseCode = "200", description = "The queue", content = @Content(schema = @Schema(implementation = WorkstationQueueDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public WorkstationQueueDto queue(@QueryParam("workCenterId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String workCenterId) {
        return workstation.queue(RequestParams.parseLong("workCenterId", workCenterId));
    }

    @GET
    @Path("operations/{id}")
    @Operation(summary = "Read one batch operation", description = "With its confirmations; the ETag holds the version.")
    @APIResponse(responseCode = "200", description = "The operation", content = @Content(schema = @Schema(implementation = WorkstationOperationDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return withETag(workstation.get(RequestParams.parseLong(ID, id)));
    }

    @GET
    @Path("scans/{code}")
    @Operation(summary = "Open what a traveler code points at", description = "MES-OP-<id>: that batch operation; "
            + "MES-BATCH-<id>: the batch's first operation not yet completed (at a kiosk: of the kiosk's work centers).")
    @APIResponse(responseCode = "200", description = "The operation", content = @Content(schema = @Schema(implementation = WorkstationOperationDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response scan(@PathParam("code") String code) {
        return withETag(workstation.scan(code));
    }

    @POST
    @Path("operations/{id}/start")
    @Operation(summary = "Start an operation", description = "QUEUED → IN_PROGRESS, once the batch is released and the "
            + "predecessor is completed (or, where the routing allows overlap, has passed on good units). The batch's "
            + "first start starts the batch and a released order.")
    @APIResponse(responseCode = "200", description = "The operation", content = @Content(schema = @Schema(implementation = WorkstationOperationDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response start(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String version) {
        return withETag(workstation.start(RequestParams.parseLong(ID, id), OrderParams.version(ifMatch, version)));
    }

    @POST
    @Path("operations/{id}/pause")
    @Operation(summary = "Pause an operation", description = "IN_PROGRESS → PAUSED.")
    @APIResponse(responseCode = "200", description = "The operation", content = @Content(schema = @Schema(implementation = WorkstationOperationDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response pause(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String version) {
        return withETag(workstation.pause(RequestParams.parseLong(ID, id), OrderParams.version(ifMatch, version)));
    }

    @POST
    @Path("operations/{id}/resume")
    @Operation(summary = "Resume a paused operation", description = "PAUSED → IN_PROGRESS.")
    @APIResponse(responseCode = "200", description = "The operation", content = @Content(schema = @Schema(implementation = WorkstationOperationDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response resume(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String version) {
        return withETag(workstation.resume(RequestParams.parseLong(ID, id), OrderParams.version(ifMatch, version)));
    }

    @POST
    @Path("operations/{id}/complete")
    @Operation(summary = "Report good and scrap units", description = "Units made since the last report. partial=true "
            + "leaves the operation running; otherwise it is COMPLETED (only once its predecessor is), and completing "
            + "the batch's last operation completes the batch. Good plus scrap never exceed what the operation received "
            + "(the batch's quantity, or the predecessor's good units): 400 naming goodQuantity or scrapQuantity.")
    @APIResponse(responseCode = "200", description = "The operation", content = @Content(schema = @Schema(implementation = WorkstationOperationDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response complete(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull(message = "a JSON body is required") OperationCompletion completion) {
        Long version = OrderParams.version(ifMatch, completion.getVersion() == null ? null : completion.getVersion().toString());
        return withETag(workstation.complete(RequestParams.parseLong(ID, id), version, completion.getGoodQuantity(),
                completion.getScrapQuantity(), completion.isPartial()));
    }

    @POST
    @Path("operations/{id}/material-choices")
    @Operation(summary = "Choose the material of a BOM line", description = "For a BOM line consumed at the operation "
            + "that leaves the material to the operator (OPERATOR_CHOICE): one of its variants; needed before the start, "
            + "replaceable until the operation is completed.")
    @APIResponse(responseCode = "200", description = "The operation", content = @Content(schema = @Schema(implementation = WorkstationOperationDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response chooseMaterial(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                                   @Valid @NotNull(message = "a JSON body is required") MaterialChoiceRequest choice) {
        return withETag(workstation.chooseMaterial(RequestParams.parseLong(ID, id), choice.getBomLineId(), choice.getMaterialId()));
    }

    private static Response withETag(WorkstationOperationDto operation) {
        return Response.ok().tag(ETags.of(operation.version())).entity(operation).build();
    }
}
