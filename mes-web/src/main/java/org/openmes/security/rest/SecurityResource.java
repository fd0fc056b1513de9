package org.openmes.security.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
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
import org.openmes.common.InvalidInputException;
import org.openmes.platform.rest.ETags;
import org.openmes.platform.rest.RequestParams;
import org.openmes.security.service.AccessControlService;
import org.openmes.security.service.CallerDto;
import org.openmes.security.service.CallerService;
import org.openmes.security.service.GroupMappingDto;
import org.openmes.security.service.PermissionDto;
import org.openmes.security.service.RoleAssignmentDto;
import org.openmes.security.service.RoleDto;
import org.openmes.security.service.RolePermissionsDto;

/**
 * REST adapter of access control. It parses and validates, calls {@link AccessControlService} (which needs
 * {@code role.manage}, or {@code user.manage} for assignments) or {@link CallerService}, and shapes the HTTP answer.
 * A role's version travels as a strong ETag.
 */
@Path("/security")
// stateless: one instance serves every request instead of a new bean with fresh injection per request
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Access control", description = "Roles, permissions, corporate group mappings and role assignments")
@APIResponse(responseCode = "401", ref = "NotAuthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class SecurityResource {
    private static final String ROLE_DOC = "Role code, such as SHIFT_MANAGER";
    private static final String ID_DOC = "Id of the record";

    @EJB
    AccessControlService access;

    @EJB
    CallerService callers;

    @GET
    @Path("me")
    @Operation(summary = "Who am I", description = "The caller's name, kind, roles and permissions; any signed-in caller.")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(schema = @Schema(implementation = CallerDto.class)))
    public CallerDto me() {
        return callers.me();
    }

    @GET
    @Path("permissions")
    @Operation(summary = "The permission catalogue", description = "Every permission with its bounded context; needs role.manage.")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PermissionDto.class)))
    public List<PermissionDto> permissions() {
        return access.permissions();
    }

    @GET
    @Path("roles")
    @Operation(summary = "Every role with its grants", description = "Needs role.manage.")
    @APIResponse(responseCode = "200", description = "The roles",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RoleDto.class)))
    public List<RoleDto> roles() {
        return access.roles();
    }

    @GET
    @Path("roles/{role}")
    @Operation(summary = "One role with its grants", description = "The ETag holds the version to send back when changing its permissions.")
    @APIResponse(responseCode = "200", description = "The role", headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoleDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response role(@PathParam("role") @Parameter(description = ROLE_DOC) String role) {
        return withETag(Response.ok(), access.role(role));
    }

    @PUT
    @Path("roles/{role}/permissions")
    @Operation(summary = "Set a role's permissions", description = "The full set of permission codes. The version edited "
            + "comes from If-Match (wins) or the body's version; one of them is required. Takes effect at once.")
    @APIResponse(responseCode = "200", description = "The role as now granted; the new ETag",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoleDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response grant(@PathParam("role") @Parameter(description = ROLE_DOC) String role,
                          @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "\"<version>\" as read in ETag")
                          String ifMatch,
                          @Valid @NotNull(message = "a JSON body is required") RolePermissionsDto change) {
        if (ifMatch != null) {
            change.setVersion(ETags.versionOf(ifMatch));
        } else if (change.getVersion() == null) {
            throw new InvalidInputException("version",
                    "send the version you edited, as \"version\" in the body or as If-Match: \"<version>\"");
        }
        return withETag(Response.ok(), access.grantExactly(role, change));
    }

    @GET
    @Path("group-mappings")
    @Operation(summary = "Corporate groups mapped to roles", description = "Needs role.manage.")
    @APIResponse(responseCode = "200", description = "The mappings",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = GroupMappingDto.class)))
    public List<GroupMappingDto> groupMappings() {
        return access.groupMappings();
    }

    @POST
    @Path("group-mappings")
    @Operation(summary = "Map a group to a role", description = "groupName as the identity provider sends it, role as a "
            + "role code. Every member of the group holds the role from the next request on.")
    @APIResponse(responseCode = "201", description = "Created; Location of the mapping",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = GroupMappingDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response mapGroup(@Valid @NotNull(message = "a JSON body is required") GroupMappingDto mapping,
                             @Context UriInfo uriInfo) {
        GroupMappingDto created = access.mapGroup(mapping);
        return created(uriInfo, created.getId(), created);
    }

    @DELETE
    @Path("group-mappings/{id}")
    @Operation(summary = "Remove a group mapping")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void unmapGroup(@PathParam("id") @Parameter(description = ID_DOC, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                           String id) {
        access.unmapGroup(RequestParams.parseLong("id", id));
    }

    @GET
    @Path("role-assignments")
    @Operation(summary = "Roles assigned in the MES", description = "Who holds which role beyond the corporate groups, "
            + "who assigned it, when and why; needs user.manage.")
    @APIResponse(responseCode = "200", description = "The assignments",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RoleAssignmentDto.class)))
    public List<RoleAssignmentDto> roleAssignments() {
        return access.roleAssignments();
    }

    @POST
    @Path("role-assignments")
    @Operation(summary = "Assign a role to a principal", description = "principalName as the caller signs in (user name, "
            + "technical account), role as a role code, and why. Needs user.manage.")
    @APIResponse(responseCode = "201", description = "Created; Location of the assignment",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoleAssignmentDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response assign(@Valid @NotNull(message = "a JSON body is required") RoleAssignmentDto assignment,
                           @Context UriInfo uriInfo) {
        RoleAssignmentDto created = access.assign(assignment);
        return created(uriInfo, created.getId(), created);
    }

    @DELETE
    @Path("role-assignments/{id}")
    @Operation(summary = "Remove a role assignment", description = "Needs user.manage.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void unassign(@PathParam("id") @Parameter(description = ID_DOC, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                         String id) {
        access.unassign(RequestParams.parseLong("id", id));
    }

    private static Response created(UriInfo uriInfo, long id, Object entity) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(entity).build();
    }

    private static Response withETag(Response.ResponseBuilder response, RoleDto role) {
        return response.tag(ETags.of(role.getVersion())).entity(role).build();
    }
}
