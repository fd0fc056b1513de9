package org.openmes.orders.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.orders.model.SupplierPoStatus;
import org.openmes.orders.service.ReceiptRequest;
import org.openmes.orders.service.SupplierPoDraft;
import org.openmes.orders.service.SupplierPoDto;
import org.openmes.orders.service.SupplierPoFilter;
import org.openmes.orders.service.SupplierPurchaseOrderService;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;

/**
 * REST adapter of supplier purchase orders. State changes are POSTs to the order's action
 * ({@code /supplier-purchase-orders/7/send}) with the version seen, as If-Match or {@code ?version=}; a receipt
 * carries it in its body (If-Match wins).
 */
@Path("/supplier-purchase-orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supplier purchase orders", description = "Orders to suppliers and the deliveries received against them")
public class SupplierPurchaseOrderResource {
    private static final String ID = "id";

    @EJB
    SupplierPurchaseOrderService purchaseOrders;

    @GET
    @Operation(summary = "Find supplier purchase orders", description = "Paged; sortable on number, status, createdAt, updatedAt; q matches the number.")
    @APIResponse(responseCode = "200", description = "One page of orders (without lines and receipts)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<SupplierPoDto> find(
            @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String page,
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE) @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String size,
            @QueryParam("sort") @Parameter(description = "property or property,asc|desc") String sort,
            @QueryParam("q") @Parameter(description = "Text contained in the number") String q,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = SupplierPoStatus.class)) String status,
            @QueryParam("supplierId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String supplierId) {
        return purchaseOrders.find(new SupplierPoFilter(RequestParams.parseEnum("status", status, SupplierPoStatus.class),
                        RequestParams.parseLong("supplierId", supplierId), q),
                PageRequest.of(RequestParams.parseInt("page", page), RequestParams.parseInt("size", size), sort));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one supplier purchase order", description = "With its lines and receipts; the ETag holds the version.")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = SupplierPoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return withETag(Response.ok(), purchaseOrders.get(RequestParams.parseLong(ID, id)));
    }

    @POST
    @Operation(summary = "Write a draft supplier purchase order", description = "supplierId, notes, lines [{partId, "
            + "quantity, unitPrice, dueDate}]; the MES gives the number (PO-000001).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SupplierPoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@NotNull(message = "a JSON body is required") SupplierPoDraft draft, @Context UriInfo uriInfo) {
        SupplierPoDto created = purchaseOrders.create(draft);
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft", description = "Notes and the full list of lines; the version from If-Match (wins) or the body.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = SupplierPoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response update(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull(message = "a JSON body is required") SupplierPoDraft draft) {
        if (ifMatch != null) {
            draft.setVersion(ETags.versionOf(ifMatch));
        }
        return withETag(Response.ok(), purchaseOrders.update(RequestParams.parseLong(ID, id), draft));
    }

    @POST
    @Path("{id}/send")
    @Operation(summary = "Send a draft to the supplier", description = "DRAFT → SENT; needs lines.")
    @APIResponse(responseCode = "200", description = "Sent", content = @Content(schema = @Schema(implementation = SupplierPoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response send(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String version) {
        return withETag(Response.ok(), purchaseOrders.send(RequestParams.parseLong(ID, id), OrderParams.version(ifMatch, version)));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel an order", description = "DRAFT or SENT → CANCELLED.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = SupplierPoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response cancel(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String version) {
        return withETag(Response.ok(), purchaseOrders.cancel(RequestParams.parseLong(ID, id), OrderParams.version(ifMatch, version)));
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close an order", description = "RECEIVED, or PARTIALLY_RECEIVED (closed short), → CLOSED.")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = SupplierPoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response close(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String version) {
        return withETag(Response.ok(), purchaseOrders.close(RequestParams.parseLong(ID, id), OrderParams.version(ifMatch, version)));
    }

    @POST
    @Path("{id}/receipts")
    @Operation(summary = "Receive a delivery", description = "deliveryNote and lines [{lineNo, quantity}]: SENT or "
            + "PARTIALLY_RECEIVED → PARTIALLY_RECEIVED, or RECEIVED once every line is in; more than is outstanding on a "
            + "line is a 400 naming lines[i].quantity and nothing is recorded. Who and when are the caller and now. "
            + "No stock is booked yet. Version from If-Match (wins) or the body.")
    @APIResponse(responseCode = "200", description = "The order with the receipt", content = @Content(schema = @Schema(implementation = SupplierPoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response receive(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull(message = "a JSON body is required") ReceiptRequest receipt) {
        if (ifMatch != null) {
            receipt.setVersion(ETags.versionOf(ifMatch));
        }
        return withETag(Response.ok(), purchaseOrders.receive(RequestParams.parseLong(ID, id), receipt));
    }

    private static Response withETag(Response.ResponseBuilder response, SupplierPoDto po) {
        return response.tag(ETags.of(po.version())).entity(po).build();
    }
}
