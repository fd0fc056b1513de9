package org.openmes.bom.rest;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.PartStatus;
import org.openmes.bom.service.BomService;
import org.openmes.bom.service.PartDraft;
import org.openmes.bom.service.PartDto;
import org.openmes.bom.service.PartFilter;
import org.openmes.bom.service.PartService;
import org.openmes.bom.service.WhereUsedDto;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;

/**
 * REST adapter of the part master. A part's version travels as a strong ETag; updates take it from If-Match
 * or the body.
 */
@Path("/parts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parts", description = "The part master: part numbers and their revisions, units, make or buy, cost")
public class PartResource {

    @EJB
    PartService parts;

    @EJB
    BomService boms;

    @GET
    @Operation(summary = "Find parts", description = "Paged; sortable on partNumber, revision, description, productFamily, "
            + "standardCost, status, makeOrBuy, updatedAt; q matches part number and description.")
    @APIResponse(responseCode = "200", description = "One page of parts (items, page, size, total)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<PartDto> list(
            @QueryParam("page") @DefaultValue("0")
            @Parameter(description = "Zero-based page number", schema = @Schema(type = SchemaType.INTEGER)) String page,
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE)
            @Parameter(description = "Page size, 1 to " + PageRequest.MAX_SIZE, schema = @Schema(type = SchemaType.INTEGER))
            String size,
            @QueryParam("sort") @Parameter(description = "property or property,asc|desc", example = "partNumber,asc") String sort,
            @QueryParam("q") @Parameter(description = "Text contained in part number or description") String q,
            @QueryParam("status") @Parameter(description = "ACTIVE or OBSOLETE") String status,
            @QueryParam("makeOrBuy") @Parameter(description = "MAKE or BUY") String makeOrBuy,
            @QueryParam("productFamily") @Parameter(description = "Exactly this product family") String productFamily) {
        PartFilter filter = new PartFilter(q, RequestParams.parseEnum("status", status, PartStatus.class),
                RequestParams.parseEnum("makeOrBuy", makeOrBuy, MakeOrBuy.class), productFamily);
        return parts.list(filter, PageRequest.of(RequestParams.parseInt("page", page), RequestParams.parseInt("size", size), sort));
    }

    @GET
    @Path("lookup")
    @Operation(summary = "Find one part by number and revision", description = "Both are case-insensitive.")
    @APIResponse(responseCode = "200", description = "The part", headers = @Header(name = HttpHeaders.ETAG,
            schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PartDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response lookup(@QueryParam("partNumber") @Parameter(required = true) String partNumber,
                           @QueryParam("revision") @Parameter(required = true) String revision) {
        return withETag(Response.ok(), parts.find(partNumber, revision));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one part", description = "The ETag header holds the version to send back on update.")
    @APIResponse(responseCode = "200", description = "The part", headers = @Header(name = HttpHeaders.ETAG,
            schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PartDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return withETag(Response.ok(), parts.get(RequestParams.parseLong("id", id)));
    }

    @POST
    @Operation(summary = "Create a part or a new revision of one", description = "revision defaults to A, standardCost to 0;"
            + " unitOfMeasure is one of EA, SET, KG, G, M, MM, M2, L, ML; makeOrBuy MAKE or BUY.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new part",
            headers = {@Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PartDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@NotNull(message = "a JSON body is required") PartDraft draft, @Context UriInfo uriInfo) {
        PartDto created = parts.create(draft);
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()),
                created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a part", description = "Part number and revision never change. The version edited comes "
            + "from If-Match (wins) or the body's version. status OBSOLETE keeps the part out of new BOM lines.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag", headers = @Header(name = HttpHeaders.ETAG,
            schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PartDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response update(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "\"<version>\" as read in ETag") String ifMatch,
                           @NotNull(message = "a JSON body is required") PartDraft draft) {
        PartDraft edited = ifMatch == null ? draft : draft.withVersion(ETags.versionOf(ifMatch));
        return withETag(Response.ok(), parts.update(RequestParams.parseLong("id", id), edited));
    }

    public record RevisionRequest(String revision) {
    }

    @POST
    @Path("{id}/revisions")
    @Operation(summary = "Create a new revision of a part", description = "Copies the part's data, its BOM lines with their "
            + "variants and its routing into the new revision (ACTIVE). The source revision is left as it is.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new revision",
            headers = {@Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PartDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response revise(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @NotNull(message = "a JSON body is required") RevisionRequest request, @Context UriInfo uriInfo) {
        PartDto created = parts.revise(RequestParams.parseLong("id", id), request.revision());
        return withETag(Response.created(uriInfo.getBaseUriBuilder().path("parts").path(String.valueOf(created.id())).build()),
                created);
    }

    @GET
    @Path("{id}/where-used")
    @Operation(summary = "Where a part is used", description = "BOM lines using the part as component or material variant;"
            + " with allLevels also every line above them up to the top assemblies (level = distance from the part).")
    @APIResponse(responseCode = "200", description = "The lines, nearest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WhereUsedDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<WhereUsedDto> whereUsed(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
            @QueryParam("allLevels") @DefaultValue("false") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String allLevels) {
        return boms.whereUsed(RequestParams.parseLong("id", id), RequestParams.parseBoolean("allLevels", allLevels));
    }

    private static Response withETag(Response.ResponseBuilder response, PartDto part) {
        return response.tag(ETags.of(part.version())).entity(part).build();
    }
}
