package org.openmes.execution.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.signature.model.ContentHash;

/**
 * A checklist filled in for one job against one template version. All answers are given at once, checked against
 * the items (required answers, choices of a select) and marked where out of limits; then the checklist is completed
 * and its answers are fixed by their SHA-256 in this row, so an electronic signature of the row covers them.
 */
@Entity
@Table(name = "execution_checklist_completion")
public class ChecklistCompletion extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id", nullable = false, updatable = false)
    private ChecklistTemplate template;

    @Column(name = "job_id", nullable = false, updatable = false)
    private Long jobId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ChecklistStatus status;

    @Column(name = "answers_sha256", length = 64)
    private String answersSha256;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "completed_by", length = 120)
    private String completedBy;

    @OneToMany(mappedBy = "completion", cascade = CascadeType.PERSIST)
    private List<ChecklistAnswer> answers = new ArrayList<>();

    protected ChecklistCompletion() {
    }

    public ChecklistCompletion(ChecklistTemplate template, long jobId) {
        this.template = template;
        this.jobId = jobId;
        this.status = ChecklistStatus.OPEN;
    }

    /**
     * Answers every item (by item id; a missing entry is no answer) and completes the checklist. Refuses a
     * completed checklist (409) and a missing or unfitting answer (400 on {@code answers.item<position>}).
     */
    public void complete(Map<Long, AnswerValue> given, String by, Instant at) {
        if (status == ChecklistStatus.COMPLETED) {
            throw new ConflictException("status", "Checklist " + id + " is completed already; its answers are fixed");
        }
        for (ChecklistItem item : template.getItems()) {
            answers.add(answer(item, given.getOrDefault(item.getId(), AnswerValue.NONE)));
        }
        status = ChecklistStatus.COMPLETED;
        answersSha256 = ContentHash.of(answers.stream().map(ChecklistAnswer::canonical).collect(Collectors.joining("\n"))).hex();
        completedBy = by;
        completedAt = at.atOffset(ZoneOffset.UTC);
        markRowChanged();
    }

    private ChecklistAnswer answer(ChecklistItem item, AnswerValue value) {
        String field = "answers.item" + item.getPosition();
        String what = "Item " + item.getPosition() + " (" + item.getLabel() + ")";
        return switch (item.getKind()) {
            case CHECKBOX -> {
                boolean ticked = Boolean.TRUE.equals(value.checked());
                if (item.isRequired() && !ticked && item.getOnViolation() == null) {
                    throw new InvalidInputException(field, what + " must be ticked");
                }
                yield new ChecklistAnswer(this, item, ticked, null, null, null, null, !ticked && item.getOnViolation() != null);
            }
            case TEXT -> {
                String text = value.text() == null || value.text().isBlank() ? null : value.text().strip();
                requireAnswer(item, text != null, field, what);
                if (text != null && text.length() > 2000) {
                    throw new InvalidInputException(field, what + ": at most 2000 characters");
                }
                yield new ChecklistAnswer(this, item, null, text, null, null, null, false);
            }
            case NUMBER -> {
                BigDecimal number = value.number();
                requireAnswer(item, number != null, field, what);
                if (number != null && (number.scale() > 6 || number.precision() - number.scale() > 12)) {
                    throw new InvalidInputException(field, what + ": at most 12 digits before and 6 after the point");
                }
                yield new ChecklistAnswer(this, item, null, null, number, null, null, item.isOutOfLimits(number));
            }
            case SELECT -> {
                String choice = value.text() == null || value.text().isBlank() ? null : value.text().strip();
                requireAnswer(item, choice != null, field, what);
                if (choice != null && !item.getOptions().contains(choice)) {
                    throw new InvalidInputException(field, what + ": choose one of " + item.getOptions());
                }
                yield new ChecklistAnswer(this, item, null, choice, null, null, null, false);
            }
            case PHOTO -> {
                requireAnswer(item, value.photoSha256() != null, field, what);
                yield new ChecklistAnswer(this, item, null, null, null, value.photoSha256(), value.photoContentType(), false);
            }
            case SIGNATURE -> new ChecklistAnswer(this, item, null, null, null, null, null, false);
        };
    }

    private static void requireAnswer(ChecklistItem item, boolean answered, String field, String what) {
        if (item.isRequired() && !answered) {
            throw new InvalidInputException(field, what + " must be answered");
        }
    }

    /** Whether an answer is out of limits where its item says that blocks the start. */
    public boolean blocksStart() {
        return answers.stream().anyMatch(ChecklistAnswer::blocksStart);
    }

    public Long getId() {
        return id;
    }

    public ChecklistTemplate getTemplate() {
        return template;
    }

    public Long getJobId() {
        return jobId;
    }

    public ChecklistStatus getStatus() {
        return status;
    }

    public String getAnswersSha256() {
        return answersSha256;
    }

    public Instant getCompletedAt() {
        return completedAt == null ? null : completedAt.toInstant();
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public List<ChecklistAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }
}
