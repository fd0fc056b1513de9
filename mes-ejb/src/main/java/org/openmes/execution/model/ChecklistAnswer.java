package org.openmes.execution.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * The answer to one item of a filled-in checklist. A photo's bytes live in their own table (read and written by
 * the service); the answer keeps its SHA-256, so the checklist's digest, and with it a signature, covers the photo.
 */
@Entity
@Table(name = "execution_checklist_answer")
public class ChecklistAnswer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "completion_id", nullable = false, updatable = false)
    private ChecklistCompletion completion;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private ChecklistItem item;

    @Column(name = "checked", updatable = false)
    private Boolean checked;

    @Column(name = "text_value", updatable = false, length = 2000)
    private String textValue;

    @Column(name = "number_value", updatable = false, precision = 18, scale = 6)
    private BigDecimal numberValue;

    @Column(name = "photo_sha256", updatable = false, length = 64)
    private String photoSha256;

    @Column(name = "photo_content_type", updatable = false, length = 60)
    private String photoContentType;

    @Column(name = "out_of_limit", nullable = false, updatable = false)
    private boolean outOfLimit;

    protected ChecklistAnswer() {
    }

    ChecklistAnswer(ChecklistCompletion completion, ChecklistItem item, Boolean checked, String textValue, BigDecimal numberValue,
                    String photoSha256, String photoContentType, boolean outOfLimit) {
        this.completion = completion;
        this.item = item;
        this.checked = checked;
        this.textValue = textValue;
        this.numberValue = numberValue;
        this.photoSha256 = photoSha256;
        this.photoContentType = photoContentType;
        this.outOfLimit = outOfLimit;
    }

    /** The answer as one line of canonical text, for the checklist's digest. */
    String canonical() {
        return item.getPosition() + "|" + (checked == null ? "" : checked) + "|" + (textValue == null ? "" : textValue.replace("|", "\\|"))
                + "|" + (numberValue == null ? "" : numberValue.stripTrailingZeros().toPlainString()) + "|"
                + (photoSha256 == null ? "" : photoSha256) + "|" + outOfLimit;
    }

    public Long getId() {
        return id;
    }

    public ChecklistItem getItem() {
        return item;
    }

    public Boolean getChecked() {
        return checked;
    }

    public String getTextValue() {
        return textValue;
    }

    public BigDecimal getNumberValue() {
        return numberValue;
    }

    public String getPhotoSha256() {
        return photoSha256;
    }

    public String getPhotoContentType() {
        return photoContentType;
    }

    public boolean isOutOfLimit() {
        return outOfLimit;
    }

    /** Whether the answer is out of its item's limits and the item says that calls for an andon. */
    public boolean raisesAndon() {
        return outOfLimit && item.getOnViolation() == LimitViolation.ANDON;
    }

    /** Whether the answer is out of its item's limits and the item says that blocks the job's start. */
    public boolean blocksStart() {
        return outOfLimit && item.getOnViolation() == LimitViolation.BLOCK;
    }
}
