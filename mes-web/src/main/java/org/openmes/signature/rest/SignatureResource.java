package org.openmes.signature.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.signature.service.SignatureDto;
import org.openmes.signature.service.SignatureService;

/**
 * The signatures of a record, each with its manifestation and whether it still holds. Signing itself needs a person
 * at a browser who signs in again at the OpenID provider, so it is done on the record's page, not here.
 */
@Path("signatures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Electronic signatures")
@ApplicationScoped
public class SignatureResource {
    @EJB
    private SignatureService signatureService;

    @GET
    @Operation(summary = "Signatures of one record (e.g. recordType=PlantNode&recordId=12), oldest first")
    public List<SignatureDto> signaturesOf(@QueryParam("recordType") String recordType, @QueryParam("recordId") String recordId) {
        return signatureService.signaturesOf(recordType, recordId);
    }
}
