package org.openmes.orders.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.orders.service.FulfilmentService;
import org.openmes.orders.service.ShipmentDto;
import org.openmes.platform.rest.RequestParams;

/** REST adapter of shipments: one shipment as its packing list (made by shipping from a customer order). */
@Path("/shipments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer orders")
public class ShipmentResource {

    @EJB
    FulfilmentService fulfilment;

    @GET
    @Path("{id}")
    @Operation(summary = "A shipment's packing list", description = "Order, customer, the customer's PO numbers, ship "
            + "date, carrier, tracking number, and per line the part, ordered, shipped now and shipped to date. "
            + "Printable at /packing-list.xhtml?shipment={id}.")
    @APIResponse(responseCode = "200", description = "The packing list")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ShipmentDto get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return fulfilment.shipment(RequestParams.parseLong("id", id));
    }
}
