package org.openmes.security.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.security.service.UserDirectoryEntryDto;
import org.openmes.security.service.UserDirectoryService;

/** REST adapter of the people the MES knows from their sign-ins, with their corporate groups; read-only, needs {@code user.manage}. */
@Path("/security/directory")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access control")
@APIResponse(responseCode = "401", ref = "NotAuthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class DirectoryResource {
    @EJB
    UserDirectoryService directory;

    @GET
    @Operation(summary = "Everyone who signed in to the MES", description = "Per principal name the groups the identity provider gave"
            + " them when last seen, and when the MES first and last saw them (to the day). Someone who never signed in is not listed."
            + " Needs user.manage.")
    public List<UserDirectoryEntryDto> entries() {
        return directory.entries();
    }
}
