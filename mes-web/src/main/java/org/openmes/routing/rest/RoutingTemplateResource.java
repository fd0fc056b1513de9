package org.openmes.routing.rest;

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
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;
import org.openmes.routing.service.RoutingService;
import org.openmes.routing.service.RoutingTemplateDto;

/** REST adapter of routing templates. A template's version travels as a strong ETag. */
@Path("/routing-templates")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routings", description = "Routing templates and the routings of parts: operations at work centers")
public class RoutingTemplateResource {

    @EJB
    RoutingService routings;

    @GET
    @Operation(summary = "Every routing template, by name, with its operations")
    @APIResponse(responseCode = "200", description = "The templates",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RoutingTemplateDto.class)))
    public List<RoutingTemplateDto> list() {
        return routings.templates();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one routing template")
    @APIResponse(responseCode = "200", description = "The template", headers = @Header(name = HttpHeaders.ETAG,
            schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = RoutingTemplateDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return withETag(Response.ok(), routings.template(RequestParams.parseLong("id", id)));
    }

    @POST
    @Operation(summary = "Create a routing template", description = "Operations: sequence (1..9999, unique), name, "
            + "workCenterId, setupMinutes, runMinutesPerUnit, qualityCheck, allowOverlap.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag",
            headers = {@Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = RoutingTemplateDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@NotNull(message = "a JSON body is required") RoutingTemplateDto template, @Context UriInfo uriInfo) {
        RoutingTemplateDto created = routings.createTemplate(template);
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a routing template", description = "Name, description and all operations (matched by "
            + "sequence number: kept numbers are updated, missing ones removed, new ones added). Version from If-Match or body.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag", headers = @Header(name = HttpHeaders.ETAG,
            schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = RoutingTemplateDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response update(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "\"<version>\" as read in ETag") String ifMatch,
                           @NotNull(message = "a JSON body is required") RoutingTemplateDto template) {
        RoutingTemplateDto edited = ifMatch == null ? template : template.withVersion(ETags.versionOf(ifMatch));
        return withETag(Response.ok(), routings.updateTemplate(RequestParams.parseLong("id", id), edited));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a routing template", description = "Routings created from it keep their operations.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void delete(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        routings.deleteTemplate(RequestParams.parseLong("id", id));
    }

    private static Response withETag(Response.ResponseBuilder response, RoutingTemplateDto template) {
        return response.tag(ETags.of(template.version())).entity(template).build();
    }
}
