package org.openmes.orders.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.orders.service.BulkResultDto;
import org.openmes.orders.service.PpicService;

/**
 * REST adapter of the PPIC actions over a selection of manufacturing orders and batches. All or nothing: when an
 * item fails, the answer is 409 (400 when every failure is bad input) and the problem document lists every item's
 * result in {@code items}, each failure also as a violation of its field ({@code items[3].completedQuantity}).
 */
@Path("/ppic")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "PPIC actions", description = "Approve, release, start and complete manufacturing orders and batches, one or many at once, all or nothing")
public class PpicResource {
    private static final String ITEMS_DOC = "items: [{type: MO|BATCH, id, completedQuantity (complete only)}]. "
            + "All or nothing: if any item fails, nothing changes and the problem lists every item's result.";

    @EJB
    PpicService ppic;

    @POST
    @Path("approve")
    @Operation(summary = "Approve manufacturing orders", description = "DRAFT → APPROVED. " + ITEMS_DOC)
    @APIResponse(responseCode = "200", description = "Every item approved", content = @Content(schema = @Schema(implementation = BulkResultDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public BulkResultDto approve(@Valid @NotNull(message = "a JSON body is required") Selection selection) {
        return ppic.approve(selection.getItems());
    }

    @POST
    @Path("release")
    @Operation(summary = "Release manufacturing orders or batches", description = "An order: APPROVED → RELEASED with all its "
            + "planned batches (one batch of the whole quantity if never split); a batch: PLANNED → RELEASED. " + ITEMS_DOC)
    @APIResponse(responseCode = "200", description = "Every item released", content = @Content(schema = @Schema(implementation = BulkResultDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public BulkResultDto release(@Valid @NotNull(message = "a JSON body is required") Selection selection) {
        return ppic.release(selection.getItems());
    }

    @POST
    @Path("start")
    @Operation(summary = "Start manufacturing orders or batches", description = "RELEASED → IN_PROGRESS. " + ITEMS_DOC)
    @APIResponse(responseCode = "200", description = "Every item started", content = @Content(schema = @Schema(implementation = BulkResultDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public BulkResultDto start(@Valid @NotNull(message = "a JSON body is required") Selection selection) {
        return ppic.start(selection.getItems());
    }

    @POST
    @Path("complete")
    @Operation(summary = "Complete manufacturing orders or batches", description = "IN_PROGRESS → COMPLETED with the good "
            + "quantity: at most what was released (an order) or the batch's quantity (a batch), else 400 naming "
            + "completedQuantity. " + ITEMS_DOC)
    @APIResponse(responseCode = "200", description = "Every item completed", content = @Content(schema = @Schema(implementation = BulkResultDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public BulkResultDto complete(@Valid @NotNull(message = "a JSON body is required") Selection selection) {
        return ppic.complete(selection.getItems());
    }
}
