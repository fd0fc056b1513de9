package org.openmes.orders.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.orders.service.CustomerOrderDto;
import org.openmes.orders.service.CustomerOrderService;
import org.openmes.orders.service.CustomerPoDto;
import org.openmes.orders.service.CustomerPoRequest;
import org.openmes.orders.service.FulfilmentService;
import org.openmes.orders.service.ShipmentDto;
import org.openmes.orders.service.ShipmentRequest;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;

/**
 * REST adapter of customer orders (made by approving quotes): read them; fulfil them — record the customer's
 * purchase orders, make an order ready to ship, ship it (the answer is the shipment's packing list).
 */
@Path("/customer-orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer orders", description = "What customers ordered, line by line, with the manufacturing order of each make line")
public class CustomerOrderResource {

    private static final String ID = "id";

    @EJB
    CustomerOrderService orders;

    @EJB
    FulfilmentService fulfilment;

    @GET
    @Operation(summary = "Find customer orders", description = "Paged; sortable on number, customerPoNumber, status, createdAt; "
            + "q matches the number and the customer's PO number.")
    @APIResponse(responseCode = "200", description = "One page of orders")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<CustomerOrderDto> find(
            @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String page,
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE) @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String size,
            @QueryParam("sort") @Parameter(description = "property or property,asc|desc") String sort,
            @QueryParam("q") @Parameter(description = "Text contained in the number or the customer's PO number") String q,
            @QueryParam("customerId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String customerId) {
        return orders.find(RequestParams.parseLong("customerId", customerId), q,
                PageRequest.of(RequestParams.parseInt("page", page), RequestParams.parseInt("size", size), sort));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one customer order", description = "With its lines and their manufacturing orders.")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CustomerOrderDto get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return orders.get(RequestParams.parseLong("id", id));
    }

    @POST
    @Path("{id}/ready-to-ship")
    @Operation(summary = "Make a customer order ready to ship", description = "OPEN → READY_TO_SHIP once every "
            + "manufacturing order of its lines is COMPLETED or CLOSED with every batch COMPLETED (409 naming "
            + "manufacturingOrders otherwise). Happens by itself when the PPIC action completes the last one; this is "
            + "for orders of bought parts only, or completed otherwise. Version from If-Match or ?version=.")
    @APIResponse(responseCode = "200", description = "The order, ready to ship", content = @Content(schema = @Schema(implementation = CustomerOrderDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response readyToShip(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String version) {
        CustomerOrderDto order = fulfilment.readyToShip(RequestParams.parseLong(ID, id), OrderParams.version(ifMatch, version));
        return Response.ok(order).tag(ETags.of(order.version())).build();
    }

    @GET
    @Path("{id}/shipments")
    @Operation(summary = "The shipments of a customer order", description = "Oldest first, each as its packing list.")
    @APIResponse(responseCode = "200", description = "The shipments")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ShipmentDto> shipments(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return fulfilment.shipments(RequestParams.parseLong(ID, id));
    }

    @POST
    @Path("{id}/shipments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ship from a customer order", description = "shipDate, carrier, trackingNumber and lines "
            + "[{lineNo, quantity}] (none: everything that remains); READY_TO_SHIP or PARTIALLY_SHIPPED → "
            + "PARTIALLY_SHIPPED, or SHIPPED once every line is shipped in full. More than remains of a line is a 400 "
            + "naming lines[i].quantity. Version from If-Match (wins) or the body. Answers the packing list.")
    @APIResponse(responseCode = "201", description = "Shipped", content = @Content(schema = @Schema(implementation = ShipmentDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response ship(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                         @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "\"<version>\" of the order") String ifMatch,
                         @NotNull(message = "a JSON body is required") ShipmentRequest shipment, @Context UriInfo uriInfo) {
        if (ifMatch != null) {
            shipment.setVersion(ETags.versionOf(ifMatch));
        }
        ShipmentDto shipped = fulfilment.ship(RequestParams.parseLong(ID, id), shipment);
        return Response.created(uriInfo.getBaseUriBuilder().path("shipments").path(String.valueOf(shipped.id())).build())
                .entity(shipped).build();
    }

    @GET
    @Path("{id}/purchase-orders")
    @Operation(summary = "The customer's purchase orders recorded against a customer order", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The purchase orders")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<CustomerPoDto> customerPos(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return fulfilment.customerPos(RequestParams.parseLong(ID, id));
    }

    @POST
    @Path("{id}/purchase-orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a customer's purchase order", description = "poNumber (unique per customer: 409 naming "
            + "poNumber), poDate, documentReference (the document received: file name, mail id, EDI message).")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = CustomerPoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response recordCustomerPo(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                                     @NotNull(message = "a JSON body is required") CustomerPoRequest po, @Context UriInfo uriInfo) {
        CustomerPoDto recorded = fulfilment.recordCustomerPo(RequestParams.parseLong(ID, id), po);
        return Response.created(uriInfo.getAbsolutePath()).entity(recorded).build();
    }
}
