package org.openmes.orders.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.openmes.orders.packinglist.PackingListService;
import org.openmes.orders.service.FulfilmentService;
import org.openmes.orders.service.ShipmentDto;
import org.openmes.platform.rest.RequestParams;
import org.openmes.reporting.PdfDocument;

/**
 * REST adapter of shipments: one shipment as its packing list (made by shipping from a customer order), as JSON or as
 * a print-ready PDF. The PDF has a path of its own, like the work traveler, rather than content negotiation on the
 * JSON resource: a link or a download button names exactly one document, and the PDF's refusals stay problem+json.
 */
@Path("/shipments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer orders")
public class ShipmentResource {

    @EJB
    FulfilmentService fulfilment;

    @EJB
    PackingListService packingLists;

    @GET
    @Path("{id}")
    @Operation(summary = "A shipment's packing list", description = "Order, customer, the customer's PO numbers, ship "
            + "date, carrier, tracking number, and per line the part, ordered, shipped now and shipped to date. "
            + "Printable at /packing-list.xhtml?shipment={id}; as a PDF at /api/shipments/{id}/packing-list.")
    @APIResponse(responseCode = "200", description = "The packing list")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ShipmentDto get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return fulfilment.shipment(RequestParams.parseLong("id", id));
    }

    @GET
    @Path("{id}/packing-list")
    @Produces({TravelerResource.PDF, "application/problem+json"})
    @Operation(summary = "A shipment's packing list as a PDF", description = "A4 PDF: shipment, order, customer, the "
            + "customer's PO numbers, ship date, carrier, tracking number, the ship-to address, and per line the part, "
            + "ordered, in this shipment and shipped to date; packed and checked sign-off boxes.")
    @APIResponse(responseCode = "200", description = "The packing list, as a download",
            content = @Content(mediaType = TravelerResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response packingList(@PathParam("id") @Parameter(description = "The shipment id",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        PdfDocument document = packingLists.packingList(RequestParams.parseLong("id", id));
        return Response.ok(document.pdf(), TravelerResource.PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + document.fileName() + "\"").build();
    }
}
