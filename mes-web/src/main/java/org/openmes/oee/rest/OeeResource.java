package org.openmes.oee.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.common.InvalidInputException;
import org.openmes.oee.service.IdealCycleTimeDto;
import org.openmes.oee.service.LineOeeDto;
import org.openmes.oee.service.OeeDto;
import org.openmes.oee.service.OeeService;
import org.openmes.platform.rest.RequestParams;

/** OEE over REST: parses and hands on; the formulas are in docs/oee.md. */
@Path("/oee")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "OEE", description = "ISO 22400-2 OEE and related indicators per piece of equipment and per line, for any "
        + "window or the running shift")
public class OeeResource {

    @EJB
    private OeeService oee;

    @GET
    @Path("/equipment/{id}")
    @Operation(summary = "OEE of a piece of equipment", description = "For [from, to) (ISO-8601 instants), or for the "
            + "shift running on its line when both are left out; productCode picks the ideal cycle time")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public OeeDto equipment(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("productCode") String productCode) {
        return oee.equipment(RequestParams.parseLong("id", id), RequestParams.parseInstant("from", from), RequestParams.parseInstant("to", to),
                productCode);
    }

    @GET
    @Path("/lines/{id}")
    @Operation(summary = "OEE of a production line and of each of its machines", description = "For [from, to), or for "
            + "the running shift when both are left out")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public LineOeeDto line(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("productCode") String productCode) {
        return oee.line(RequestParams.parseLong("id", id), RequestParams.parseInstant("from", from), RequestParams.parseInstant("to", to),
                productCode);
    }

    @GET
    @Path("/ideal-cycle-times")
    @Operation(summary = "The ideal cycle times of a piece of equipment per product")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<IdealCycleTimeDto> idealCycleTimes(@QueryParam("equipmentId") String equipmentId) {
        return oee.idealCycleTimes(RequestParams.parseLong("equipmentId", equipmentId));
    }

    @PUT
    @Path("/ideal-cycle-times")
    @Operation(summary = "Set the ideal cycle time of a product on a piece of equipment (seconds per unit)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public IdealCycleTimeDto setIdealCycleTime(IdealCycleTimeDto time) {
        if (time == null) {
            throw new InvalidInputException(null, "A JSON body is required");
        }
        return oee.setIdealCycleTime(time);
    }
}
