package org.openmes.execution.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.openmes.common.NotFoundException;
import org.openmes.execution.service.ChecklistAnswerDraft;
import org.openmes.execution.service.ChecklistItemDto;
import org.openmes.execution.service.ChecklistService;
import org.openmes.execution.service.JobChecklistDto;
import org.openmes.platform.web.ActionFeedback;
import org.primefaces.model.file.UploadedFile;

/**
 * The kiosk's checklist page ({@code /kiosk/checklist.xhtml?job=…&template=…}): one input per item of the current
 * version, by kind; on "Complete" all answers go to the service at once, and the operator is taken to the kiosk's
 * signing dialog for the filled-in checklist (signed with the PIN).
 */
@Named
@ViewScoped
public class KioskChecklistView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "checklistForm";

    /** What the operator enters for one item. */
    public static final class Answer implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ChecklistItemDto item;
        private boolean checked;
        private String text;
        private BigDecimal number;
        private transient UploadedFile photo;

        Answer(ChecklistItemDto item) {
            this.item = item;
        }

        public ChecklistItemDto getItem() {
            return item;
        }

        public boolean isChecked() {
            return checked;
        }

        public void setChecked(boolean checked) {
            this.checked = checked;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public BigDecimal getNumber() {
            return number;
        }

        public void setNumber(BigDecimal number) {
            this.number = number;
        }

        public UploadedFile getPhoto() {
            return photo;
        }

        public void setPhoto(UploadedFile photo) {
            this.photo = photo;
        }

        ChecklistAnswerDraft draft() {
            boolean hasPhoto = photo != null && photo.getSize() > 0;
            return new ChecklistAnswerDraft(item.id(), checked, text, number,
                    hasPhoto ? Base64.getEncoder().encodeToString(photo.getContent()) : null, hasPhoto ? photo.getContentType() : null);
        }
    }

    @EJB
    private ChecklistService checklistService;

    private Long jobId;
    private Long templateId;
    private JobChecklistDto checklist;
    private final List<Answer> answers = new ArrayList<>();

    /** Loads the checklist named by the view parameters (a viewAction, once per view). */
    public void load() {
        if (checklist != null) {
            return;
        }
        checklist = checklistService.checklistsOfJob(jobId).stream().filter(c -> c.template().id() == templateId).findFirst()
                .orElseThrow(() -> new NotFoundException("Checklist of job " + jobId, templateId));
        checklist.template().items().forEach(item -> answers.add(new Answer(item)));
    }

    /** Completes the checklist and goes on to sign it. */
    public void complete() {
        ActionFeedback.run(FORM, () -> {
            JobChecklistDto filled = checklistService.fillIn(jobId, templateId, answers.stream().map(Answer::draft).toList());
            try {
                FacesContext context = FacesContext.getCurrentInstance();
                context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                        + "/kiosk/sign.xhtml?recordType=ChecklistCompletion&recordId=" + filled.completionId());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public Long getJobId() {
        return jobId;
    }

    public void setJobId(Long jobId) {
        this.jobId = jobId;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public JobChecklistDto getChecklist() {
        return checklist;
    }

    public List<Answer> getAnswers() {
        return answers;
    }
}
