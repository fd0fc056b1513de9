package org.openmes.security.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.security.service.UserContactDto;
import org.openmes.security.service.UserContactService;

/**
 * REST adapter of people's contact details (e-mail address, mobile number) for andon notifications, by principal name;
 * needs {@code user.manage}. A change carries the version it was made on.
 */
@Path("/security/contacts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Access control")
@APIResponse(responseCode = "401", ref = "NotAuthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ContactResource {
    @EJB
    UserContactService contacts;

    @GET
    @Operation(summary = "Every person's contact details", description = "Needs user.manage.")
    public List<UserContactDto> contacts() {
        return contacts.contacts();
    }

    @GET
    @Path("{principal}")
    @Operation(summary = "One person's contact details", description = "Needs user.manage.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UserContactDto contact(@PathParam("principal") String principal) {
        return contacts.contact(principal);
    }

    @PUT
    @Path("{principal}")
    @Operation(summary = "Set a person's e-mail address and mobile number", description = "Creates them (no version) or changes them"
            + " (the version read); 409 on a stale version. Needs user.manage.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public UserContactDto save(@PathParam("principal") String principal, UserContactDto contact) {
        return contacts.save(principal, contact);
    }

    @DELETE
    @Path("{principal}")
    @Operation(summary = "Remove a person's contact details", description = "Needs user.manage.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void remove(@PathParam("principal") String principal) {
        contacts.remove(principal);
    }
}
