package org.openmes.execution.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import org.openmes.common.InvalidInputException;

/**
 * One question of a checklist version: its kind, whether it must be answered, limits of a number, the choices of a
 * select, and what an answer outside the limits does. Written with its template version and never changed.
 */
@Entity
@Table(name = "execution_checklist_item")
public class ChecklistItem {
    /** Separates the choices of a select in their column; a choice may not contain it. */
    static final String OPTION_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id", nullable = false, updatable = false)
    private ChecklistTemplate template;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 10)
    private ChecklistItemKind kind;

    @Column(name = "label", nullable = false, updatable = false, length = 300)
    private String label;

    @Column(name = "required", nullable = false, updatable = false)
    private boolean required;

    @Column(name = "min_value", updatable = false, precision = 18, scale = 6)
    private BigDecimal minValue;

    @Column(name = "max_value", updatable = false, precision = 18, scale = 6)
    private BigDecimal maxValue;

    @Column(name = "options", updatable = false, length = 2000)
    private String options;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_violation", updatable = false, length = 10)
    private LimitViolation onViolation;

    protected ChecklistItem() {
    }

    ChecklistItem(ChecklistTemplate template, int position, ChecklistItemKind kind, String label, boolean required, BigDecimal min,
                  BigDecimal max, List<String> options, LimitViolation onViolation) {
        String field = "items[" + (position - 1) + "].";
        if (kind == null) {
            throw new InvalidInputException(field + "kind", "Item " + position + ": the kind is required");
        }
        if (label == null || label.isBlank() || label.strip().length() > 300) {
            throw new InvalidInputException(field + "label", "Item " + position + ": a label of 1 to 300 characters is required");
        }
        if (kind != ChecklistItemKind.NUMBER && (min != null || max != null)) {
            throw new InvalidInputException(field + "min", "Item " + position + ": only numbers have limits");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidInputException(field + "max", "Item " + position + ": the upper limit is below the lower one");
        }
        boolean select = kind == ChecklistItemKind.SELECT;
        if (select && (options == null || options.isEmpty() || options.stream().anyMatch(o -> o == null || o.isBlank() || o.contains(OPTION_SEPARATOR)))) {
            throw new InvalidInputException(field + "options", "Item " + position + ": a select needs one or more choices of one line each");
        }
        if (!select && options != null && !options.isEmpty()) {
            throw new InvalidInputException(field + "options", "Item " + position + ": only a select has choices");
        }
        if (onViolation != null && kind != ChecklistItemKind.NUMBER && kind != ChecklistItemKind.CHECKBOX) {
            throw new InvalidInputException(field + "onViolation", "Item " + position + ": only numbers and checkboxes can be out of limits");
        }
        this.template = template;
        this.position = position;
        this.kind = kind;
        this.label = label.strip();
        this.required = required || kind == ChecklistItemKind.SIGNATURE;
        this.minValue = min;
        this.maxValue = max;
        this.options = select ? String.join(OPTION_SEPARATOR, options.stream().map(String::strip).toList()) : null;
        this.onViolation = onViolation;
    }

    /** Whether {@code number} (of a NUMBER item) lies outside the limits. */
    public boolean isOutOfLimits(BigDecimal number) {
        return number != null && (minValue != null && number.compareTo(minValue) < 0 || maxValue != null && number.compareTo(maxValue) > 0);
    }

    public Long getId() {
        return id;
    }

    public ChecklistTemplate getTemplate() {
        return template;
    }

    public int getPosition() {
        return position;
    }

    public ChecklistItemKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public boolean isRequired() {
        return required;
    }

    public BigDecimal getMinValue() {
        return minValue;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }

    public List<String> getOptions() {
        return options == null ? List.of() : List.of(options.split(OPTION_SEPARATOR));
    }

    public LimitViolation getOnViolation() {
        return onViolation;
    }
}
