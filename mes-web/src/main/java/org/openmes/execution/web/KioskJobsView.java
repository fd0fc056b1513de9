package org.openmes.execution.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openmes.andon.model.AndonKind;
import org.openmes.andon.service.AndonCallDto;
import org.openmes.andon.service.AndonService;
import org.openmes.execution.service.ChecklistService;
import org.openmes.execution.service.JobAssignmentDto;
import org.openmes.execution.service.JobChecklistDto;
import org.openmes.execution.service.JobService;
import org.openmes.platform.web.ActionFeedback;

/**
 * The operator's part of the kiosk home page: the signed-in operator's open jobs with the step each allows (accept,
 * the pre-start checklists, start, complete with good and scrap quantities), and the andon buttons of the kiosk's
 * line. Refusals (a checklist not passed, another job running) show beside the job.
 */
@Named
@ViewScoped
public class KioskJobsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "jobsForm";

    @EJB
    private JobService jobService;

    @EJB
    private ChecklistService checklistService;

    @EJB
    private AndonService andonService;

    private List<JobAssignmentDto> jobs = List.of();
    private final Map<Long, List<JobChecklistDto>> checklists = new HashMap<>();
    /** Quantities typed for the running job (an operator runs one job at a time). */
    private BigDecimal goodQuantity;
    private BigDecimal scrapQuantity;
    private AndonCallDto raised;

    @PostConstruct
    void load() {
        jobs = jobService.myOpenJobs();
        checklists.clear();
        for (JobAssignmentDto job : jobs) {
            checklists.put(job.id(), checklistService.checklistsOfJob(job.id()));
        }
    }

    public void accept(long jobId) {
        act(() -> jobService.accept(jobId), "Job " + jobId + " accepted");
    }

    public void start(long jobId) {
        act(() -> jobService.start(jobId), "Job " + jobId + " started");
    }

    public void complete(long jobId) {
        act(() -> jobService.complete(jobId, goodQuantity, scrapQuantity), "Job " + jobId + " completed");
    }

    public void andon(AndonKind kind) {
        ActionFeedback.run(FORM, () -> {
            raised = andonService.raiseAtKiosk(kind);
            ActionFeedback.info("Andon " + kind.name().toLowerCase(Locale.ROOT) + " raised on line " + raised.lineCode()
                    + ": " + raised.recipients() + " called");
        });
    }

    private void act(Runnable step, String done) {
        if (ActionFeedback.run(FORM, step)) {
            ActionFeedback.info(done);
            load();
        }
    }

    public List<JobChecklistDto> checklistsOf(long jobId) {
        return checklists.getOrDefault(jobId, List.of());
    }

    public AndonKind[] getAndonKinds() {
        return new AndonKind[] {AndonKind.MAINTENANCE, AndonKind.QUALITY, AndonKind.MATERIAL, AndonKind.HELP};
    }

    public List<JobAssignmentDto> getJobs() {
        return jobs;
    }

    public BigDecimal getGoodQuantity() {
        return goodQuantity;
    }

    public void setGoodQuantity(BigDecimal goodQuantity) {
        this.goodQuantity = goodQuantity;
    }

    public BigDecimal getScrapQuantity() {
        return scrapQuantity;
    }

    public void setScrapQuantity(BigDecimal scrapQuantity) {
        this.scrapQuantity = scrapQuantity;
    }

    public AndonCallDto getRaised() {
        return raised;
    }
}
