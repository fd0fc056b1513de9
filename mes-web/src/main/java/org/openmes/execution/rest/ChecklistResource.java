package org.openmes.execution.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openmes.execution.service.ChecklistAnswerDraft;
import org.openmes.execution.service.ChecklistPhoto;
import org.openmes.execution.service.ChecklistService;
import org.openmes.execution.service.ChecklistTemplateDraft;
import org.openmes.execution.service.ChecklistTemplateDto;
import org.openmes.execution.service.JobChecklistDto;
import org.openmes.platform.rest.RequestParams;

/**
 * Pre-start checklists: templates per line, work center or equipment (a POST writes the next version), the
 * checklists a job must pass, filling one in. Signing a filled-in checklist is the signature service's (record type
 * {@code ChecklistCompletion}; at a kiosk {@code /kiosk/sign.xhtml} with the PIN).
 */
@Path("/")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Checklists", description = "Versioned pre-start checklists and their completion for jobs")
public class ChecklistResource {
    /** All answers of a checklist, given at once. */
    public record FillInRequest(List<ChecklistAnswerDraft> answers) {
    }

    @EJB
    private ChecklistService checklists;

    @POST
    @Path("checklist-templates")
    @Operation(summary = "Write the next version of the checklist of a line, work center or piece of equipment; it becomes current")
    @APIResponse(responseCode = "201", description = "Written")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response define(ChecklistTemplateDraft draft) {
        return Response.status(Response.Status.CREATED).entity(checklists.define(draft)).build();
    }

    @GET
    @Path("checklist-templates")
    @Operation(summary = "Every version of the checklist of a line, work center or piece of equipment, newest first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<ChecklistTemplateDto> templates(@QueryParam("scopeNodeId") String scopeNodeId) {
        return checklists.templates(RequestParams.parseLong("scopeNodeId", scopeNodeId));
    }

    @GET
    @Path("checklist-templates/{id}")
    @Operation(summary = "One checklist version with its items")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ChecklistTemplateDto template(@PathParam("id") String id) {
        return checklists.template(RequestParams.parseLong("id", id));
    }

    @GET
    @Path("job-assignments/{id}/checklists")
    @Operation(summary = "The checklists a job must pass before it starts, with its progress on each")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<JobChecklistDto> ofJob(@PathParam("id") String id) {
        return checklists.checklistsOfJob(RequestParams.parseLong("id", id));
    }

    @POST
    @Path("job-assignments/{id}/checklists/{templateId}")
    @Operation(summary = "Fill in a checklist for a job, all answers at once; it then waits for its signature")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public JobChecklistDto fillIn(@PathParam("id") String id, @PathParam("templateId") String templateId, FillInRequest request) {
        return checklists.fillIn(RequestParams.parseLong("id", id), RequestParams.parseLong("templateId", templateId),
                request == null ? List.of() : request.answers());
    }

    @GET
    @Path("checklist-answers/{id}/photo")
    @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_JSON})
    @Operation(summary = "The photo answered to a checklist item")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response photo(@PathParam("id") String id) {
        ChecklistPhoto photo = checklists.photo(RequestParams.parseLong("id", id));
        return Response.ok(photo.content(), photo.contentType()).build();
    }
}
