package org.openmes.orders.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.orders.service.CustomerOrderDto;
import org.openmes.orders.service.CustomerOrderService;
import org.openmes.platform.rest.RequestParams;

/** REST adapter of customer orders (made by approving quotes): read-only. */
@Path("/customer-orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer orders", description = "What customers ordered, line by line, with the manufacturing order of each make line")
public class CustomerOrderResource {

    @EJB
    CustomerOrderService orders;

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
}
