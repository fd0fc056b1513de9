package org.openmes.audit.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.audit.service.AuditEntryDto;
import org.openmes.audit.service.AuditEntryFilter;
import org.openmes.audit.service.AuditService;
import org.openmes.audit.service.ChainVerificationDto;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.platform.rest.RequestParams;

/**
 * REST adapter of the audit trail: searching it and verifying its hash chain. Read-only; entries are written
 * by the trail itself, in the transaction of each change.
 */
@Path("/audit")
// stateless: one instance serves every request instead of a new bean with fresh injection per request
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who changed which record when, field by field; tamper-evident by a hash chain")
public class AuditResource {
    private static final String INSTANT_DOC = "ISO-8601 date and time with offset, such as 2026-03-01T08:00:00Z";

    @EJB
    AuditService audit;

    @GET
    @Path("entries")
    @Operation(summary = "Search the audit trail", description = "Newest first. entityId needs entityType (ids are per "
            + "record type, e.g. PlantNode); from is inclusive, to exclusive.")
    @APIResponse(responseCode = "200", description = "One page of entries (items, page, size, total)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<AuditEntryDto> find(
            @QueryParam("entityType") @Parameter(description = "Record type, such as PlantNode") String entityType,
            @QueryParam("entityId") @Parameter(description = "Id of the record") String entityId,
            @QueryParam("actor") @Parameter(description = "User, operator or system account that made the change") String actor,
            @QueryParam("from") @Parameter(description = "Changes at or after this instant; " + INSTANT_DOC) String from,
            @QueryParam("to") @Parameter(description = "Changes before this instant; " + INSTANT_DOC) String to,
            @QueryParam("page") @DefaultValue("0")
            @Parameter(description = "Zero-based page number", schema = @Schema(type = SchemaType.INTEGER)) String page,
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE)
            @Parameter(description = "Page size, 1 to " + PageRequest.MAX_SIZE, schema = @Schema(type = SchemaType.INTEGER))
            String size) {
        AuditEntryFilter filter = new AuditEntryFilter(entityType, entityId, actor,
                RequestParams.parseInstant("from", from), RequestParams.parseInstant("to", to));
        return audit.find(filter, new PageRequest(RequestParams.parseInt("page", page), RequestParams.parseInt("size", size),
                null, true));
    }

    @GET
    @Path("entries/{id}")
    @Operation(summary = "Read one audit entry")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(schema = @Schema(implementation = AuditEntryDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AuditEntryDto get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return audit.get(RequestParams.parseLong("id", id));
    }

    @GET
    @Path("verification")
    @Operation(summary = "Verify the hash chain", description = "Recomputes every entry's hash in id order; reports the "
            + "first broken entry, or, when intact, the newest entry and its hash to note down.")
    @APIResponse(responseCode = "200", description = "The outcome",
            content = @Content(schema = @Schema(implementation = ChainVerificationDto.class)))
    public ChainVerificationDto verify() {
        return audit.verify();
    }
}
