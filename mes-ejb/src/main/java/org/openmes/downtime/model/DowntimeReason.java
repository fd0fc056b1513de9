package org.openmes.downtime.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * A node of the reason tree. A root reason names its category; a child takes its parent's, so a subtree never mixes
 * categories. Inactive reasons stay on old events but cannot be chosen any more.
 */
@Entity
@Table(name = "downtime_reason")
public class DowntimeReason extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private DowntimeReason parent;

    @Column(name = "code", nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20, updatable = false)
    private DowntimeCategory category;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected DowntimeReason() {
    }

    /** A reason under {@code parent} (with the parent's category), or a root reason of {@code category}. */
    public DowntimeReason(DowntimeReason parent, String code, String name, DowntimeCategory category) {
        if (code == null || !code.trim().toUpperCase(Locale.ROOT).matches("[A-Z0-9][A-Z0-9._-]{0,39}")) {
            throw new InvalidInputException("code", "1..40 letters, digits, '.', '_' or '-'");
        }
        if (parent == null && category == null) {
            throw new InvalidInputException("category", "a root reason needs a category");
        }
        if (parent != null && category != null && category != parent.category) {
            throw new InvalidInputException("category", "a reason under " + parent.code + " is " + parent.category + ", not " + category);
        }
        if (parent != null && !parent.active) {
            throw new InvalidInputException("parentId", "reason " + parent.code + " is inactive");
        }
        this.parent = parent;
        this.code = code.trim().toUpperCase(Locale.ROOT);
        this.category = parent == null ? category : parent.category;
        rename(name);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.length() > 120) {
            throw new InvalidInputException("name", "is required (at most 120 characters)");
        }
        if (!newName.trim().equals(name)) {
            name = newName.trim();
            markRowChanged();
        }
    }

    public void setActive(boolean newActive) {
        if (newActive != active) {
            active = newActive;
            markRowChanged();
        }
    }

    public Long getId() {
        return id;
    }

    public DowntimeReason getParent() {
        return parent;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public DowntimeCategory getCategory() {
        return category;
    }

    public boolean isActive() {
        return active;
    }
}
