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
import org.openmes.orders.model.QuoteStatus;
import org.openmes.orders.service.ApprovalDto;
import org.openmes.orders.service.ApprovalRequest;
import org.openmes.orders.service.QuoteDto;
import org.openmes.orders.service.QuoteFilter;
import org.openmes.orders.service.QuoteService;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;

/**
 * REST adapter of quotes. State changes are POSTs to the quote's action ({@code /quotes/7/send}) with the version
 * seen, as If-Match or {@code ?version=}; approving answers with what it made.
 */
@Path("/quotes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "Quotes to customers; approving one makes the customer order and its manufacturing orders")
public class QuoteResource {
    private static final String ID = "id";

    @EJB
    QuoteService quotes;

    @GET
    @Operation(summary = "Find quotes", description = "Paged; sortable on number, validUntil, status, createdAt, updatedAt; q matches the number.")
    @APIResponse(responseCode = "200", description = "One page of quotes (without lines)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<QuoteDto> find(
            @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String page,
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE) @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String size,
            @QueryParam("sort") @Parameter(description = "property or property,asc|desc", example = "validUntil,asc") String sort,
            @QueryParam("q") @Parameter(description = "Text contained in the number") String q,
            @QueryParam("status") @Parameter(description = "Only quotes in this status", schema = @Schema(implementation = QuoteStatus.class)) String status,
            @QueryParam("customerId") @Parameter(description = "Only quotes of this customer", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String customerId) {
        return quotes.find(new QuoteFilter(RequestParams.parseEnum("status", status, QuoteStatus.class),
                        RequestParams.parseLong("customerId", customerId), q),
                PageRequest.of(RequestParams.parseInt("page", page), RequestParams.parseInt("size", size), sort));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one quote", description = "With its lines; the ETag holds the version.")
    @APIResponse(responseCode = "200", description = "The quote", content = @Content(schema = @Schema(implementation = QuoteDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return withETag(Response.ok(), quotes.get(RequestParams.parseLong(ID, id)));
    }

    @POST
    @Operation(summary = "Create a draft quote", description = "Customer, validity, notes and lines; the MES gives the number.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = QuoteDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Valid @NotNull(message = "a JSON body is required") QuoteDto quote, @Context UriInfo uriInfo) {
        QuoteDto created = quotes.create(quote);
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft quote", description = "Customer, validity, notes and the full list of lines; "
            + "the version from If-Match (wins) or the body.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = QuoteDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response update(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "\"<version>\" as read in ETag") String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") QuoteDto quote) {
        if (ifMatch != null) {
            quote.setVersion(ETags.versionOf(ifMatch));
        }
        return withETag(Response.ok(), quotes.update(RequestParams.parseLong(ID, id), quote));
    }

    @POST
    @Path("{id}/send")
    @Operation(summary = "Send a draft quote to the customer", description = "DRAFT → SENT; needs lines and a validity not yet lapsed.")
    @APIResponse(responseCode = "200", description = "Sent", content = @Content(schema = @Schema(implementation = QuoteDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response send(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String version) {
        return withETag(Response.ok(), quotes.send(RequestParams.parseLong(ID, id), version(ifMatch, version)));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Record that the customer declined", description = "SENT → REJECTED.")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(implementation = QuoteDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response reject(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String version) {
        return withETag(Response.ok(), quotes.reject(RequestParams.parseLong(ID, id), version(ifMatch, version)));
    }

    @POST
    @Path("{id}/expire")
    @Operation(summary = "Mark a quote whose validity lapsed as expired", description = "DRAFT or SENT → EXPIRED.")
    @APIResponse(responseCode = "200", description = "Expired", content = @Content(schema = @Schema(implementation = QuoteDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response expire(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String version) {
        return withETag(Response.ok(), quotes.expire(RequestParams.parseLong(ID, id), version(ifMatch, version)));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a sent quote", description = "In one transaction: SENT → APPROVED, the customer order, "
            + "and one manufacturing order per make line with the operations of the part's routing, due on the line's "
            + "requested date. 409 naming the line (lines[i].partId) when a make part has no routing; nothing is made then.")
    @APIResponse(responseCode = "200", description = "What the approval made", content = @Content(schema = @Schema(implementation = ApprovalDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ApprovalDto approve(@PathParam(ID) @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String version,
                               @Valid ApprovalRequest request) {
        return quotes.approve(RequestParams.parseLong(ID, id), version(ifMatch, version), request);
    }

    private static Long version(String ifMatch, String version) {
        return OrderParams.version(ifMatch, version);
    }

    private static Response withETag(Response.ResponseBuilder response, QuoteDto quote) {
        return response.tag(ETags.of(quote.getVersion())).entity(quote).build();
    }
}
