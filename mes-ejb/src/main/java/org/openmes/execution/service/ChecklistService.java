package org.openmes.execution.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.andon.service.SystemAndons;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.persistence.Caller;
import org.openmes.execution.model.AnswerValue;
import org.openmes.execution.model.ChecklistAnswer;
import org.openmes.execution.model.ChecklistCompletion;
import org.openmes.execution.model.ChecklistItemKind;
import org.openmes.execution.model.ChecklistTemplate;
import org.openmes.execution.model.JobAssignment;
import org.openmes.execution.model.JobStatus;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.PlantNode;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;
import org.openmes.signature.model.ContentHash;

/**
 * Pre-start checklists: writing templates (every change a new version), filling one in for a job (answers out of
 * limits block the start or raise a QUALITY andon, as their item says), and what a job still lacks before it may start
 * ({@link ChecklistGate}). Photos are limited to
 * {@code mes.execution.checklist.photo-max-bytes}.
 */
@Stateless
@RequiresPermission(Permission.JOB_VIEW)
public class ChecklistService {
    private static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/webp");
    private static final Set<PlantLevel> SCOPES = Set.of(PlantLevel.PRODUCTION_LINE, PlantLevel.WORK_CENTER, PlantLevel.EQUIPMENT);

    @PersistenceContext(unitName = "mes")
    private EntityManager entityManager;

    @Inject
    private ChecklistGate gate;

    @Inject
    private SystemAndons systemAndons;

    @Inject
    @ConfigProperty(name = "mes.execution.checklist.photo-max-bytes", defaultValue = "524288")
    private int photoMaxBytes;

    /** Writes the next version of the checklist of a line, work center or piece of equipment; the current one retires. */
    @RequiresPermission(Permission.CHECKLIST_EDIT)
    public ChecklistTemplateDto define(ChecklistTemplateDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "A checklist is required");
        }
        PlantNode scope = draft.scopeNodeId() == null ? null : entityManager.find(PlantNode.class, draft.scopeNodeId());
        if (scope == null || !SCOPES.contains(scope.getLevel())) {
            throw new InvalidInputException("scopeNodeId", "No production line, work center or equipment with id " + draft.scopeNodeId());
        }
        if (draft.items() == null || draft.items().isEmpty()) {
            throw new InvalidInputException("items", "A checklist has at least one item");
        }
        ExecutionRecords.lock(entityManager, "checklist:" + scope.getId());
        Integer latest = entityManager.createQuery("select max(t.templateVersion) from ChecklistTemplate t where t.scopeNodeId = :scope",
                Integer.class).setParameter("scope", scope.getId()).getSingleResult();
        ChecklistTemplate template = new ChecklistTemplate(scope.getId(), latest == null ? 1 : latest + 1, draft.name());
        for (int i = 0; i < draft.items().size(); i++) {
            ChecklistItemDraft item = draft.items().get(i);
            if (item == null) {
                throw new InvalidInputException("items[" + i + "]", "Item " + (i + 1) + " is empty");
            }
            template.addItem(item.kind(), item.label(), Boolean.TRUE.equals(item.required()), item.min(), item.max(), item.options(),
                    item.onViolation());
        }
        entityManager.createQuery("select t from ChecklistTemplate t where t.scopeNodeId = :scope and t.current = true", ChecklistTemplate.class)
                .setParameter("scope", scope.getId()).getResultStream().forEach(ChecklistTemplate::retire);
        // the retirement first: one current version per scope is a unique index
        entityManager.flush();
        entityManager.persist(template);
        entityManager.flush();
        return ChecklistTemplateDto.of(template);
    }

    /** Every version of the checklist of {@code scopeNodeId}, newest first. */
    public List<ChecklistTemplateDto> templates(Long scopeNodeId) {
        if (scopeNodeId == null) {
            throw new InvalidInputException("scopeNodeId", "The line, work center or equipment is required");
        }
        return entityManager.createQuery("select t from ChecklistTemplate t where t.scopeNodeId = :scope order by t.templateVersion desc",
                ChecklistTemplate.class).setParameter("scope", scopeNodeId).getResultStream().map(ChecklistTemplateDto::of).toList();
    }

    public ChecklistTemplateDto template(long id) {
        return ChecklistTemplateDto.of(findTemplate(id));
    }

    /** The checklists job {@code jobId} must pass before it starts, with its progress on each. */
    public List<JobChecklistDto> checklistsOfJob(long jobId) {
        return gate.checklistsOf(findJob(jobId));
    }

    /**
     * Fills in checklist {@code templateId} for job {@code jobId} with all its answers at once, and completes it; it
     * then waits for its signature. Only the current version of a checklist of the job's line, only before the job
     * starts. Filling it in again (after answers out of limits were put right) replaces the earlier one for the gate.
     */
    @RequiresPermission(Permission.CHECKLIST_COMPLETE)
    public JobChecklistDto fillIn(long jobId, long templateId, List<ChecklistAnswerDraft> answers) {
        JobAssignment job = findJob(jobId);
        if (job.getStatus() != JobStatus.ASSIGNED && job.getStatus() != JobStatus.ACCEPTED) {
            throw new ConflictException("status", "Job " + jobId + " is " + job.getStatus().label() + "; checklists are filled in before a job starts");
        }
        ChecklistTemplate template = findTemplate(templateId);
        if (!gate.currentTemplatesOfLine(job.getLineId()).contains(template)) {
            throw new ConflictException("templateId", "Checklist " + template.getName() + " v" + template.getTemplateVersion()
                    + " is not a current checklist of the line of job " + jobId);
        }
        Map<Long, AnswerValue> values = new HashMap<>();
        Map<Long, byte[]> photos = new HashMap<>();
        for (ChecklistAnswerDraft answer : answers == null ? List.<ChecklistAnswerDraft>of() : answers) {
            if (answer == null || answer.itemId() == null) {
                throw new InvalidInputException("answers", "Every answer names its item (itemId)");
            }
            byte[] photo = photo(answer);
            if (photo != null) {
                photos.put(answer.itemId(), photo);
            }
            values.put(answer.itemId(), new AnswerValue(answer.checked(), answer.text(), answer.number(), photo == null ? null : ContentHash.of(photo).hex(),
                    photo == null ? null : answer.photoContentType()));
        }
        ChecklistCompletion completion = new ChecklistCompletion(template, jobId);
        completion.complete(values, Caller.name(), Instant.now());
        entityManager.persist(completion);
        entityManager.flush();
        for (ChecklistAnswer answer : completion.getAnswers()) {
            byte[] photo = photos.get(answer.getItem().getId());
            if (photo != null && answer.getItem().getKind() == ChecklistItemKind.PHOTO) {
                entityManager.createNativeQuery("insert into execution_checklist_photo (answer_id, content) values (?1, ?2)")
                        .setParameter(1, answer.getId()).setParameter(2, photo).executeUpdate();
            }
        }
        List<String> outOfLimits = completion.getAnswers().stream().filter(ChecklistAnswer::raisesAndon)
                .map(a -> "'" + a.getItem().getLabel() + "' = " + answerText(a)).toList();
        if (!outOfLimits.isEmpty()) {
            systemAndons.raiseForChecklist(job.getLineId(), "Checklist " + template.getName() + " v" + template.getTemplateVersion()
                    + ", job " + jobId + ": out of limits " + String.join(", ", outOfLimits), Caller.name());
        }
        return gate.checklistsOf(job).stream().filter(c -> c.template().id() == templateId).findFirst().orElseThrow();
    }

    /** The photo answered to a checklist item. */
    public ChecklistPhoto photo(long answerId) {
        ChecklistAnswer answer = entityManager.find(ChecklistAnswer.class, answerId);
        if (answer == null || answer.getPhotoSha256() == null) {
            throw new NotFoundException("ChecklistPhoto", answerId);
        }
        byte[] content = (byte[]) entityManager.createNativeQuery("select content from execution_checklist_photo where answer_id = ?1")
                .setParameter(1, answerId).getSingleResult();
        return new ChecklistPhoto(answer.getPhotoContentType(), content);
    }

    private static String answerText(ChecklistAnswer answer) {
        return answer.getNumberValue() != null ? answer.getNumberValue().stripTrailingZeros().toPlainString() : "not ticked";
    }

    private byte[] photo(ChecklistAnswerDraft answer) {
        if (answer.photoBase64() == null || answer.photoBase64().isBlank()) {
            return null;
        }
        if (answer.photoContentType() == null || !PHOTO_TYPES.contains(answer.photoContentType())) {
            throw new InvalidInputException("photoContentType", "A photo is a JPEG, PNG or WebP image; got " + answer.photoContentType());
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(answer.photoBase64().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("photoBase64", "The photo is not valid Base64: " + e.getMessage());
        }
        if (bytes.length > photoMaxBytes) {
            throw new InvalidInputException("photoBase64", "A photo has at most " + photoMaxBytes + " bytes; this one has " + bytes.length);
        }
        return bytes;
    }

    private ChecklistTemplate findTemplate(long id) {
        ChecklistTemplate template = entityManager.find(ChecklistTemplate.class, id);
        if (template == null) {
            throw new NotFoundException("ChecklistTemplate", id);
        }
        return template;
    }

    private JobAssignment findJob(long id) {
        JobAssignment job = entityManager.find(JobAssignment.class, id);
        if (job == null) {
            throw new NotFoundException("JobAssignment", id);
        }
        return job;
    }
}
