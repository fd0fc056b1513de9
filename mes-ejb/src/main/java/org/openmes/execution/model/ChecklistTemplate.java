package org.openmes.execution.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * One version of the pre-start checklist of a production line or a piece of equipment. A version never changes
 * once written: a change is a new version (the next number) that becomes current while the old one is retired, so
 * checklists filled in against the old version keep its items.
 */
@Entity
@Table(name = "execution_checklist_template")
public class ChecklistTemplate extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scope_node_id", nullable = false, updatable = false)
    private Long scopeNodeId;

    @Column(name = "template_version", nullable = false, updatable = false)
    private int templateVersion;

    @Column(name = "name", nullable = false, updatable = false, length = 120)
    private String name;

    @Column(name = "current", nullable = false)
    private boolean current;

    @OneToMany(mappedBy = "template", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ChecklistItem> items = new ArrayList<>();

    protected ChecklistTemplate() {
    }

    /** Version {@code templateVersion} of the checklist of {@code scopeNodeId}, current from now on. */
    public ChecklistTemplate(long scopeNodeId, int templateVersion, String name) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new InvalidInputException("name", "A checklist name of 1 to 120 characters is required");
        }
        this.scopeNodeId = scopeNodeId;
        this.templateVersion = templateVersion;
        this.name = name.strip();
        this.current = true;
    }

    /** Adds the next item; only while the version is being written. */
    public ChecklistItem addItem(ChecklistItemKind kind, String label, boolean required, BigDecimal min, BigDecimal max,
                                 List<String> options, LimitViolation onViolation) {
        ChecklistItem item = new ChecklistItem(this, items.size() + 1, kind, label, required, min, max, options, onViolation);
        items.add(item);
        return item;
    }

    /** A newer version took over. */
    public void retire() {
        if (current) {
            current = false;
            markRowChanged();
        }
    }

    public Long getId() {
        return id;
    }

    public Long getScopeNodeId() {
        return scopeNodeId;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public String getName() {
        return name;
    }

    public boolean isCurrent() {
        return current;
    }

    public List<ChecklistItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    /** Whether the checklist asks for a reviewer's signature besides the performer's. */
    public boolean needsReview() {
        return items.stream().anyMatch(item -> item.getKind() == ChecklistItemKind.SIGNATURE);
    }
}
