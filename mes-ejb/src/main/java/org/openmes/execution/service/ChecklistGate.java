package org.openmes.execution.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openmes.audit.model.RecordShape;
import org.openmes.common.ConflictException;
import org.openmes.execution.model.ChecklistCompletion;
import org.openmes.execution.model.ChecklistStatus;
import org.openmes.execution.model.ChecklistTemplate;
import org.openmes.execution.model.JobAssignment;
import org.openmes.plant.service.PlantQueries;
import org.openmes.signature.model.ContentHash;
import org.openmes.signature.model.ElectronicSignature;
import org.openmes.signature.model.RecordReference;
import org.openmes.signature.model.SignatureMeaning;
import org.openmes.signature.service.SignableRecords;

/**
 * The pre-start gate: which checklists a job must pass (the current version of the template of its line and of
 * every work center and piece of equipment on the line) and whether it has. Passed means completed, no answer out
 * of blocking limits, and signed: a valid signature meaning PERFORMED, and one meaning REVIEWED where the template has
 * a signature item, by someone else than who signed as performer. A signature is valid while the checklist still has
 * the content it signed; when a checklist was filled in more than once for a job (after answers out of limits), the
 * latest counts. Runs inside the
 * calling service's transaction and permission check.
 */
@ApplicationScoped
public class ChecklistGate {
    /** The record type of filled-in checklists in signatures and the audit trail. */
    public static final String RECORD_TYPE = RecordShape.of(ChecklistCompletion.class).entityType();

    @PersistenceContext(unitName = "mes")
    private EntityManager entityManager;

    @Inject
    private SignableRecords signableRecords;

    /** The checklists of {@code job}'s line, each with the job's progress on it, in the order of the templates' ids. */
    public List<JobChecklistDto> checklistsOf(JobAssignment job) {
        List<JobChecklistDto> checklists = new ArrayList<>();
        for (ChecklistTemplate template : currentTemplatesOfLine(job.getLineId())) {
            Optional<ChecklistCompletion> completion = entityManager.createQuery(
                            "select c from ChecklistCompletion c where c.jobId = :job and c.template = :template order by c.id desc",
                            ChecklistCompletion.class)
                    .setParameter("job", job.getId()).setParameter("template", template).setMaxResults(1).getResultStream().findFirst();
            checklists.add(progress(template, completion.orElse(null)));
        }
        return checklists;
    }

    /** Refuses (409) the start of {@code job} while a checklist of its line is not passed, naming each and what is missing. */
    public void requireStartable(JobAssignment job) {
        List<JobChecklistDto> open = checklistsOf(job).stream().filter(c -> !c.satisfied()).toList();
        if (!open.isEmpty()) {
            throw new ConflictException("checklist", "Job " + job.getId() + " cannot start before its pre-start checklists pass: "
                    + open.stream().map(c -> c.template().name() + " v" + c.template().templateVersion() + " (" + c.missing() + ")")
                    .collect(Collectors.joining("; ")));
        }
    }

    /** The current templates of the line and of everything on it. */
    List<ChecklistTemplate> currentTemplatesOfLine(long lineId) {
        return entityManager.createQuery("select t from ChecklistTemplate t where t.current = true and t.scopeNodeId in :nodes order by t.id",
                ChecklistTemplate.class).setParameter("nodes", PlantQueries.subtreeIds(entityManager, lineId)).getResultList();
    }

    private JobChecklistDto progress(ChecklistTemplate template, ChecklistCompletion completion) {
        ChecklistTemplateDto shown = ChecklistTemplateDto.of(template);
        if (completion == null || completion.getStatus() != ChecklistStatus.COMPLETED) {
            return new JobChecklistDto(shown, completion == null ? null : completion.getId(), ChecklistStatus.OPEN, null, null, false, false,
                    false, false, "not filled in");
        }
        RecordReference record = new RecordReference(RECORD_TYPE, String.valueOf(completion.getId()));
        ContentHash content = signableRecords.currentContent(entityManager, record);
        List<ElectronicSignature> valid = entityManager.createQuery(
                        "select s from ElectronicSignature s where s.recordType = :type and s.recordId = :id", ElectronicSignature.class)
                .setParameter("type", record.type()).setParameter("id", record.id()).getResultStream()
                .filter(s -> s.holdsFor(content)).toList();
        Set<String> performers = valid.stream().filter(s -> s.getMeaning() == SignatureMeaning.PERFORMED).map(ElectronicSignature::getSigner)
                .collect(Collectors.toSet());
        boolean signed = !performers.isEmpty();
        boolean reviewed = valid.stream().anyMatch(s -> s.getMeaning() == SignatureMeaning.REVIEWED && !performers.contains(s.getSigner()));
        boolean needsReview = template.needsReview();
        List<String> missing = new ArrayList<>();
        if (completion.blocksStart()) {
            missing.add("answers out of limits");
        }
        if (!signed) {
            missing.add("not signed");
        }
        if (needsReview && !reviewed) {
            missing.add("not reviewed");
        }
        return new JobChecklistDto(shown, completion.getId(), completion.getStatus(), completion.getCompletedAt(), completion.getCompletedBy(),
                signed, reviewed, completion.blocksStart(), missing.isEmpty(), missing.isEmpty() ? null : String.join(", ", missing));
    }
}
