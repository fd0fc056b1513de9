package org.openmes.routing.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.openmes.common.NotFoundException;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;
import org.openmes.routing.service.PartRoutingDto;
import org.openmes.routing.service.RoutingChange;
import org.openmes.routing.service.RoutingService;

/** REST adapter of a part's routing ({@code /parts/{partId}/routing}). Its version travels as a strong ETag. */
@Path("/parts/{partId}/routing")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routings")
public class PartRoutingResource {

    @EJB
    RoutingService routings;

    @GET
    @Operation(summary = "The routing of a part", description = "404 when the part has no routing yet.")
    @APIResponse(responseCode = "200", description = "The routing", headers = @Header(name = HttpHeaders.ETAG,
            schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PartRoutingDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("partId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String partId) {
        long id = RequestParams.parseLong("partId", partId);
        return withETag(Response.ok(), routings.routingOf(id).orElseThrow(() -> new NotFoundException("routing of part", id)));
    }

    @POST
    @Operation(summary = "Create the routing of a part", description = "A copy of the template's operations (templateId), "
            + "or empty without one. Only made, active parts; one routing per part.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag",
            headers = {@Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PartRoutingDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@PathParam("partId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String partId,
                           @QueryParam("templateId") @Parameter(description = "The template to copy",
                                   schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String templateId,
                           @Context UriInfo uriInfo) {
        PartRoutingDto created = routings.createRouting(RequestParams.parseLong("partId", partId),
                RequestParams.parseLong("templateId", templateId));
        return withETag(Response.created(uriInfo.getAbsolutePath()), created);
    }

    @PUT
    @Operation(summary = "Edit the operations of a part's routing", description = "All operations, matched by sequence "
            + "number: kept numbers are updated, missing ones removed, new ones added. Version from If-Match or body.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag", headers = @Header(name = HttpHeaders.ETAG,
            schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = PartRoutingDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response update(@PathParam("partId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String partId,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "\"<version>\" as read in ETag") String ifMatch,
                           @NotNull(message = "a JSON body is required") RoutingChange change) {
        RoutingChange edited = ifMatch == null ? change : change.withVersion(ETags.versionOf(ifMatch));
        return withETag(Response.ok(), routings.changeRouting(RequestParams.parseLong("partId", partId), edited));
    }

    private static Response withETag(Response.ResponseBuilder response, PartRoutingDto routing) {
        return response.tag(ETags.of(routing.version())).entity(routing).build();
    }
}
