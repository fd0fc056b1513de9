package org.openmes.customers.rest;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.common.InvalidInputException;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.customers.model.PartnerKind;
import org.openmes.customers.service.PartnerDto;
import org.openmes.customers.service.PartnerFilter;
import org.openmes.customers.service.PartnerService;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;

/**
 * REST adapter of customers and suppliers. The first path segment names the kind ({@code /customers/7},
 * {@code /suppliers/7}); anything else is no route. The partner's version travels as a strong ETag. There is no
 * DELETE: orders refer to partners; {@code active = false} takes one out of business.
 */
@Path("/{kind: customers|suppliers}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers and suppliers", description = "Trading partners with contacts, addresses and payment terms")
public class PartnerResource {
    private static final String KIND_DOC = "customers or suppliers";

    @EJB
    PartnerService partners;

    @GET
    @Operation(summary = "Find customers or suppliers",
            description = "Paged; sortable on code, name, paymentTerms, active, createdAt and updatedAt; q matches code and name.")
    @APIResponse(responseCode = "200", description = "One page of partners (items without contacts and addresses)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<PartnerDto> find(
            @PathParam("kind") @Parameter(description = KIND_DOC) String kind,
            @QueryParam("page") @DefaultValue("0")
            @Parameter(description = "Zero-based page number", schema = @Schema(type = SchemaType.INTEGER)) String page,
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE)
            @Parameter(description = "Page size, 1 to " + PageRequest.MAX_SIZE, schema = @Schema(type = SchemaType.INTEGER))
            String size,
            @QueryParam("sort") @Parameter(description = "property or property,asc|desc", example = "name,asc") String sort,
            @QueryParam("q") @Parameter(description = "Text contained in code or name") String q,
            @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) partners",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String active) {
        PartnerFilter filter = new PartnerFilter(kind(kind), RequestParams.parseBoolean("active", active),
                q == null || q.isBlank() ? null : q.trim());
        return partners.find(filter, PageRequest.of(RequestParams.parseInt("page", page),
                RequestParams.parseInt("size", size), sort));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one customer or supplier", description = "With contacts and addresses; the ETag holds the version.")
    @APIResponse(responseCode = "200", description = "The partner",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PartnerDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("kind") @Parameter(description = KIND_DOC) String kind,
                        @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return withETag(Response.ok(), partners.get(kind(kind), RequestParams.parseLong("id", id)));
    }

    @POST
    @Operation(summary = "Create a customer or supplier", description = "With its contacts and addresses. Read-only fields are ignored.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag",
            headers = {@Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PartnerDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@PathParam("kind") @Parameter(description = KIND_DOC) String kind,
                           @Valid @NotNull(message = "a JSON body is required") PartnerDto partner,
                           @Context UriInfo uriInfo) {
        PartnerDto created = partners.create(kind(kind), partner);
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build()),
                created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a customer or supplier", description = "Contacts and addresses are the full new lists "
            + "(without id: added; left out: removed). The version comes from If-Match (wins) or the body.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PartnerDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response update(@PathParam("kind") @Parameter(description = KIND_DOC) String kind,
                           @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "\"<version>\" as read in ETag")
                           String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") PartnerDto partner) {
        if (ifMatch != null) {
            partner.setVersion(ETags.versionOf(ifMatch));
        } else if (partner.getVersion() == null) {
            throw new InvalidInputException("version",
                    "send the version you edited, as \"version\" in the body or as If-Match: \"<version>\"");
        }
        return withETag(Response.ok(), partners.update(kind(kind), RequestParams.parseLong("id", id), partner));
    }

    private static PartnerKind kind(String segment) {
        return switch (segment) {
            case "customers" -> PartnerKind.CUSTOMER;
            case "suppliers" -> PartnerKind.SUPPLIER;
            default -> throw new jakarta.ws.rs.NotFoundException();
        };
    }

    private static Response withETag(Response.ResponseBuilder response, PartnerDto partner) {
        return response.tag(ETags.of(partner.getVersion())).entity(partner).build();
    }
}
