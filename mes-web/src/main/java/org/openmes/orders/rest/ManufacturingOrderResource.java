package org.openmes.orders.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
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
import org.openmes.orders.model.MoStatus;
import org.openmes.orders.service.BatchSuggestionDto;
import org.openmes.orders.service.ManufacturingOrderService;
import org.openmes.orders.service.MoDashboardDto;
import org.openmes.orders.service.MoDashboardFilter;
import org.openmes.orders.service.MoDashboardService;
import org.openmes.orders.service.MoDraft;
import org.openmes.orders.service.MoDto;
import org.openmes.orders.service.MoFilter;
import org.openmes.orders.service.MoSummaryDto;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;

/**
 * REST adapter of manufacturing orders: list, read, make one to stock, split into batches (or ask for a split from
 * capacity), change the priority, close, cancel. Approve, release, start and complete are PPIC actions
 * ({@code /api/ppic}), for one order or many.
 */
@Path("/manufacturing-orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manufacturing orders", description = "Orders to make a part, with the routing's operations, split into batches")
public class ManufacturingOrderResource {
    private static final String ID = "id";

    @EJB
    ManufacturingOrderService orders;

    @EJB
    MoDashboardService dashboard;

    @GET
    @Operation(summary = "Find manufacturing orders", description = "Paged; sortable on number, dueDate, priority, status, "
            + "createdAt, updatedAt; q matches the number.")
    @APIResponse(responseCode = "200", description = "One page of orders")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<MoSummaryDto> find(
            @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String page,
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE) @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String size,
            @QueryParam("sort") @Parameter(description = "property or property,asc|desc", example = "dueDate,asc") String sort,
            @QueryParam("q") @Parameter(description = "Text contained in the number") String q,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = MoStatus.class)) String status,
            @QueryParam("priority") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String priority,
            @QueryParam("dueBy") @Parameter(description = "Due on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date")) String dueBy) {
        return orders.find(new MoFilter(RequestParams.parseEnum("status", status, MoStatus.class),
                        RequestParams.parseInt("priority", priority), RequestParams.parseDate("dueBy", dueBy), q),
                PageRequest.of(RequestParams.parseInt("page", page), RequestParams.parseInt("size", size), sort));
    }

    @GET
    @Path("dashboard")
    @Operation(summary = "MO status dashboard", description = "Counts by state, average hours from release to completion, "
            + "on-time delivery (completed by the end of the due date, UTC), open orders more than 24 h past the end of "
            + "their due date, and the work centers with the most hours queued (operations not yet completed of released or started batches). "
            + "Filters: due date range, priority, and a plant node (a work center, or a department/area, line or site: the "
            + "orders with an operation at a work center at or below it).")
    @APIResponse(responseCode = "200", description = "The dashboard", content = @Content(schema = @Schema(implementation = MoDashboardDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public MoDashboardDto dashboard(
            @QueryParam("dueFrom") @Parameter(description = "Due on or after this date", schema = @Schema(type = SchemaType.STRING, format = "date")) String dueFrom,
            @QueryParam("dueTo") @Parameter(description = "Due on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date")) String dueTo,
            @QueryParam("priority") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String priority,
            @QueryParam("plantNodeId") @Parameter(description = "A work center, or a department (area), line or site",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String plantNodeId) {
        return dashboard.dashboard(new MoDashboardFilter(RequestParams.parseDate("dueFrom", dueFrom),
                RequestParams.parseDate("dueTo", dueTo), RequestParams.parseInt("priority", priority),
                RequestParams.parseLong("plantNodeId", plantNodeId)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one manufacturing order", description = "With operations and batches; the ETag holds the version.")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = MoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return withETag(Response.ok(), orders.get(RequestParams.parseLong(ID, id)));
    }

    @POST
    @Operation(summary = "Make a manufacturing order to stock", description = "DRAFT, with the operations of the part's routing.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Valid @NotNull(message = "a JSON body is required") MoDraft draft, @Context UriInfo uriInfo) {
        MoDto created = orders.create(draft);
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.order().id())).build()), created);
    }

    @PUT
    @Path("{id}/batches")
    @Operation(summary = "Split into batches", description = "The quantities add up to the order's; replaces an earlier split; "
            + "only before release. Each batch carries every operation.")
    @APIResponse(responseCode = "200", description = "The order with its batches", content = @Content(schema = @Schema(implementation = MoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response split(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull(message = "a JSON body is required") BatchSplit split) {
        Long version = OrderParams.version(ifMatch, asString(split.getVersion()));
        return withETag(Response.ok(), orders.split(RequestParams.parseLong(ID, id), version, split.getQuantities()));
    }

    @GET
    @Path("{id}/batch-suggestion")
    @Operation(summary = "Suggest a split from capacity", description = "One batch per day of the bottleneck work center, "
            + "and whether that fits before the due date. Changes nothing.")
    @APIResponse(responseCode = "200", description = "The suggestion", content = @Content(schema = @Schema(implementation = BatchSuggestionDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public BatchSuggestionDto suggestBatches(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return orders.suggestBatches(RequestParams.parseLong(ID, id));
    }

    @PUT
    @Path("{id}/priority")
    @Operation(summary = "Change the priority", description = "1 (highest) to 5 (lowest); not once completed.")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = MoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response changePriority(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull(message = "a JSON body is required") PriorityChange change) {
        Long version = OrderParams.version(ifMatch, asString(change.getVersion()));
        return withETag(Response.ok(), orders.changePriority(RequestParams.parseLong(ID, id), version, change.getPriority()));
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a completed order", description = "COMPLETED → CLOSED.")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = MoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response close(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String version) {
        return withETag(Response.ok(), orders.close(RequestParams.parseLong(ID, id), OrderParams.version(ifMatch, version)));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel an order not yet started", description = "DRAFT, APPROVED or RELEASED → CANCELLED.")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = MoDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response cancel(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String version) {
        return withETag(Response.ok(), orders.cancel(RequestParams.parseLong(ID, id), OrderParams.version(ifMatch, version)));
    }

    private static String asString(Long version) {
        return version == null ? null : version.toString();
    }

    private static Response withETag(Response.ResponseBuilder response, MoDto mo) {
        return response.tag(ETags.of(mo.order().version())).entity(mo).build();
    }
}
