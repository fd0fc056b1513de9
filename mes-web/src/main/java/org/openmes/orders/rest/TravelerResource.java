package org.openmes.orders.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.orders.traveler.TravelerService;
import org.openmes.platform.rest.RequestParams;
import org.openmes.reporting.PdfDocument;

/**
 * REST adapter of work travelers: the PDF of one batch of a manufacturing order. Also answers a client that accepts
 * only {@code application/problem+json} besides JSON (as the API's clients do), since the refusals are problems.
 */
@Path("/mo-batches")
@ApplicationScoped
@Tag(name = "Manufacturing orders", description = "Orders to make a part, with the routing's operations, split into batches")
public class TravelerResource {
    static final String PDF = "application/pdf";
    private static final String ID = "id";

    @EJB
    TravelerService travelers;

    @GET
    @Path("{id}/traveler")
    @Produces({PDF, "application/problem+json"})
    @Operation(summary = "The work traveler of a batch", description = "A4 PDF: order, part, the components to pick for "
            + "the batch, every operation with work center, standard times, sign-off boxes and a QR code (MES-OP-<id>), and "
            + "the batch's QR code (MES-BATCH-<id>) that a workstation kiosk scans.")
    @APIResponse(responseCode = "200", description = "The traveler, as a download",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response traveler(@PathParam(ID) @Parameter(description = "The batch id", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        PdfDocument document = travelers.traveler(RequestParams.parseLong(ID, id));
        return Response.ok(document.pdf(), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + document.fileName() + "\"").build();
    }
}
