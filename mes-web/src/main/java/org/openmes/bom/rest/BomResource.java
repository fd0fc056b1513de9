package org.openmes.bom.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.openmes.bom.service.BomLineDraft;
import org.openmes.bom.service.BomLineDto;
import org.openmes.bom.service.BomService;
import org.openmes.bom.service.ExplosionDto;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;

/** REST adapter of a part's bill of materials ({@code /parts/{partId}/bom}). A line's version travels as a strong ETag. */
@Path("/parts/{partId}/bom")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "BOMs", description = "Multi-level bills of materials with material variants, explosion and where-used")
public class BomResource {
    private static final String ID = "int64";

    @EJB
    BomService boms;

    @GET
    @Operation(summary = "The lines of a part's own BOM", description = "By position, with their material variants.")
    @APIResponse(responseCode = "200", description = "The lines",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BomLineDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<BomLineDto> lines(@PathParam("partId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = ID)) String partId) {
        return boms.bom(RequestParams.parseLong("partId", partId));
    }

    @POST
    @Path("lines")
    @Operation(summary = "Add a line to a part's BOM", description = "componentId, quantityPer (in the component's unit), "
            + "position; optional scrapPercent, operationSequence (of the part's routing), effectiveFrom/To (inclusive), "
            + "variantSelection (PRIMARY, WEIGHTED, OPERATOR_CHOICE) and variants (materialId, weightPercent, primary): "
            + "same unit as the component, each material once, weights at most 100 % in all, exactly one primary. "
            + "Obsolete parts and parts that would contain themselves at any depth are refused (409, naming the path).")
    @APIResponse(responseCode = "201", description = "Created; ETag of the line",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BomLineDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response add(@PathParam("partId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = ID)) String partId,
                        @NotNull(message = "a JSON body is required") BomLineDraft line, @Context UriInfo uriInfo) {
        BomLineDto created = boms.addLine(RequestParams.parseLong("partId", partId), line);
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("lines/{lineId}")
    @Operation(summary = "Replace a BOM line", description = "The whole line, variants included (matched by material). "
            + "Version from If-Match (wins) or the body.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BomLineDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response change(@PathParam("partId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = ID)) String partId,
                           @PathParam("lineId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = ID)) String lineId,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "\"<version>\" as read in ETag") String ifMatch,
                           @NotNull(message = "a JSON body is required") BomLineDraft line) {
        BomLineDraft edited = ifMatch == null ? line : line.withVersion(ETags.versionOf(ifMatch));
        return withETag(Response.ok(), boms.changeLine(RequestParams.parseLong("partId", partId),
                RequestParams.parseLong("lineId", lineId), edited));
    }

    @DELETE
    @Path("lines/{lineId}")
    @Operation(summary = "Remove a BOM line")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void remove(@PathParam("partId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = ID)) String partId,
                       @PathParam("lineId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = ID)) String lineId) {
        boms.removeLine(RequestParams.parseLong("partId", partId), RequestParams.parseLong("lineId", lineId));
    }

    @GET
    @Path("explosion")
    @Operation(summary = "Explode a part's BOM to any depth", description = "Rows depth-first with level and extended "
            + "quantity (parent's extended quantity × quantity per × (1 + scrap/100)) for `quantity` units, lines effective "
            + "on `asOf` (default today, UTC), down to `levels` (default all); and the summed requirements of the parts "
            + "without a BOM.")
    @APIResponse(responseCode = "200", description = "The explosion", content = @Content(schema = @Schema(implementation = ExplosionDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ExplosionDto explode(
            @PathParam("partId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = ID)) String partId,
            @QueryParam("quantity") @Parameter(description = "Units of the part, default 1", schema = @Schema(type = SchemaType.NUMBER)) String quantity,
            @QueryParam("asOf") @Parameter(description = "Day the lines must be effective, ISO date", schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @QueryParam("levels") @Parameter(description = "Levels to expand, default all", schema = @Schema(type = SchemaType.INTEGER)) String levels) {
        return boms.explode(RequestParams.parseLong("partId", partId), RequestParams.parseDecimal("quantity", quantity),
                RequestParams.parseDate("asOf", asOf), RequestParams.parseInt("levels", levels));
    }

    private static Response withETag(Response.ResponseBuilder response, BomLineDto line) {
        return response.tag(ETags.of(line.version())).entity(line).build();
    }
}
