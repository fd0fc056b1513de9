package org.openmes.plant.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.service.PlantNodeDto;
import org.openmes.plant.service.PlantNodeFilter;
import org.openmes.plant.service.PlantService;
import org.openmes.plant.service.PlantTreeNodeDto;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;

/**
 * REST adapter of the plant model. One resource serves every level: the first path segment names the level
 * ({@code /plant/work-centers/12}). It parses and validates, calls {@link PlantService} and shapes the HTTP
 * answer; rules and failures are the service's. The node's version travels as a strong ETag.
 */
@Path("/plant")
// stateless: one instance serves every request instead of a new bean with fresh injection per request
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plant model", description = "The ISA-95 equipment hierarchy: enterprises, sites, areas, production "
        + "lines, work centers and equipment")
public class PlantResource {
    private static final String LEVELS_DOC = "Level of the plant model: enterprises, sites, areas, production-lines, "
            + "work-centers or equipment";

    /**
     * The level segment as a path template, so that any other segment is no route at all (404, or 405 for
     * a POST to /plant/tree) before a body is read. Must list exactly the keys of {@link #LEVELS}.
     */
    private static final String LEVEL_SEGMENT = "{levels: enterprises|sites|areas|production-lines|work-centers|equipment}";

    private static final Map<String, PlantLevel> LEVELS = Map.of(
            "enterprises", PlantLevel.ENTERPRISE,
            "sites", PlantLevel.SITE,
            "areas", PlantLevel.AREA,
            "production-lines", PlantLevel.PRODUCTION_LINE,
            "work-centers", PlantLevel.WORK_CENTER,
            "equipment", PlantLevel.EQUIPMENT);

    @EJB
    PlantService plant;

    @GET
    @Path("tree")
    @Operation(summary = "The whole plant hierarchy", description = "A forest of enterprises, children ordered by code.")
    @APIResponse(responseCode = "200", description = "The hierarchy",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PlantTreeNodeDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<PlantTreeNodeDto> tree(
            @QueryParam("includeInactive") @DefaultValue("false")
            @Parameter(description = "Also list deactivated nodes", schema = @Schema(type = SchemaType.BOOLEAN))
            String includeInactive) {
        return plant.tree(RequestParams.parseBoolean("includeInactive", includeInactive));
    }

    @GET
    @Path(LEVEL_SEGMENT)
    @Operation(summary = "Find nodes of one level",
            description = "Paged; sortable on code, name, active, createdAt and updatedAt; q matches code and name.")
    @APIResponse(responseCode = "200", description = "One page of nodes (items, page, size, total)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<PlantNodeDto> find(
            @PathParam("levels") @Parameter(description = LEVELS_DOC) String levels,
            @QueryParam("page") @DefaultValue("0")
            @Parameter(description = "Zero-based page number", schema = @Schema(type = SchemaType.INTEGER)) String page,
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE)
            @Parameter(description = "Page size, 1 to " + PageRequest.MAX_SIZE, schema = @Schema(type = SchemaType.INTEGER))
            String size,
            @QueryParam("sort") @Parameter(description = "property or property,asc|desc", example = "code,asc") String sort,
            @QueryParam("q") @Parameter(description = "Text contained in code or name") String q,
            @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) nodes",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String active,
            @QueryParam("parentId") @Parameter(description = "Only children of this node",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String parentId) {
        PlantNodeFilter filter = new PlantNodeFilter(level(levels), RequestParams.parseLong("parentId", parentId),
                RequestParams.parseBoolean("active", active), q == null || q.isBlank() ? null : q.trim());
        return plant.find(filter, PageRequest.of(RequestParams.parseInt("page", page), RequestParams.parseInt("size", size), sort));
    }

    @GET
    @Path(LEVEL_SEGMENT + "/{id}")
    @Operation(summary = "Read one node", description = "The ETag header holds the version to send back on update.")
    @APIResponse(responseCode = "200", description = "The node", headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlantNodeDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("levels") @Parameter(description = LEVELS_DOC) String levels,
                        @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return withETag(Response.ok(), existing(level(levels), RequestParams.parseLong("id", id)));
    }

    @POST
    @Path(LEVEL_SEGMENT)
    @Operation(summary = "Create a node", description = "parentId is required except for enterprises; capacity is "
            + "for work centers, equipment for equipment. Read-only fields are ignored.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new node",
            headers = {@Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)), @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PlantNodeDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@PathParam("levels") @Parameter(description = LEVELS_DOC) String levels,
                           @Valid @NotNull(message = "a JSON body is required") PlantNodeDto node,
                           @Context UriInfo uriInfo) {
        PlantNodeDto created = plant.create(level(levels), node);
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build()),
                created);
    }

    @PUT
    @Path(LEVEL_SEGMENT + "/{id}")
    @Operation(summary = "Update a node", description = "The version edited comes from If-Match (wins) or the body's "
            + "version; one of them is required. Deactivating a node deactivates its subtree.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag", headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlantNodeDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response update(@PathParam("levels") @Parameter(description = LEVELS_DOC) String levels,
                           @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "\"<version>\" as read in ETag")
                           String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") PlantNodeDto node) {
        long nodeId = existing(level(levels), RequestParams.parseLong("id", id)).getId();
        if (ifMatch != null) {
            node.setVersion(ETags.versionOf(ifMatch));
        } else if (node.getVersion() == null) {
            throw new InvalidInputException("version",
                    "send the version you edited, as \"version\" in the body or as If-Match: \"<version>\"");
        }
        return withETag(Response.ok(), plant.update(nodeId, node));
    }

    @DELETE
    @Path(LEVEL_SEGMENT + "/{id}")
    @Operation(summary = "Delete a node", description = "Only a node without children or history; otherwise 409: deactivate it instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@PathParam("levels") @Parameter(description = LEVELS_DOC) String levels,
                       @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        plant.delete(existing(level(levels), RequestParams.parseLong("id", id)).getId());
    }

    /** An unknown level segment is an unknown URL, hence the plain JAX-RS 404 (should the lists drift apart). */
    private static PlantLevel level(String segment) {
        PlantLevel level = LEVELS.get(segment);
        if (level == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return level;
    }

    /** The node, which must be of the level the URL names: {@code /plant/sites/7} is no address for an area. */
    private PlantNodeDto existing(PlantLevel level, long id) {
        PlantNodeDto node = plant.get(id);
        if (node.getLevel() != level) {
            throw new NotFoundException(level.label(), id);
        }
        return node;
    }

    private static Response withETag(Response.ResponseBuilder response, PlantNodeDto node) {
        return response.tag(ETags.of(node.getVersion())).entity(node).build();
    }
}
