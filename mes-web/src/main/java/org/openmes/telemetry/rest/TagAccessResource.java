package org.openmes.telemetry.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.telemetry.service.TagAccessService;
import org.openmes.telemetry.service.TagValueDto;

/** REST adapter of on-demand tag access: read a PLC tag now, or write a writable one, by PLC code and tag name. */
@Path("/telemetry/plcs/{code}/tags/{name}/value")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Telemetry", description = "PLC connections, tags, equipment signal mappings and current values")
public class TagAccessResource {

    /** The value to write, in the tag's engineering units. */
    public record TagWrite(BigDecimal value) {
    }

    @EJB
    private TagAccessService tags;

    @GET
    @Operation(summary = "Read a PLC tag now", description = "Through the connector's session to the PLC, not the "
            + "stored samples; quality BAD with the reason when the PLC does not answer.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public TagValueDto read(@PathParam("code") String code, @PathParam("name") String name) {
        return tags.read(code, name);
    }

    @PUT
    @Operation(summary = "Write a PLC tag now", description = "Only a tag marked writable; 409 for a read-only tag, a "
            + "disabled or unreachable PLC; 400 when the driver or the PLC refuses the value. Not transactional.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public TagValueDto write(@PathParam("code") String code, @PathParam("name") String name,
                             @NotNull(message = "a JSON body is required") TagWrite body) {
        return tags.write(code, name, body.value());
    }
}
