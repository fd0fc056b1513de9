package org.openmes.plant.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * A node of the plant hierarchy. It keeps the rules that hold whoever changes it: a node hangs only under
 * the levels {@link PlantLevel#allowedParents()} names, never under itself or its own descendants, and an
 * active node never sits under an inactive one (deactivating takes the subtree along, activating needs
 * an active parent). Code uniqueness among siblings needs a query and is checked by the service.
 * <p>
 * Other nodes are read through their getters, never their fields, so lazy loading applies to them.
 * Fields are assigned only on a real change, and each such assignment marks the row as changed, so
 * saving an unchanged form does not bump the version. A node's row holds its parent, not its children:
 * adding, moving or (de)activating a child changes the child's row only, never the parent's.
 */
@Entity
@Table(name = "plant_node")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "level", discriminatorType = DiscriminatorType.STRING, length = 20)
public abstract class PlantNode extends AuditedEntity {
    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The discriminator, mapped read-only so that queries can filter on it and select it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 20, insertable = false, updatable = false)
    private PlantLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private PlantNode parent;

    @OneToMany(mappedBy = "parent")
    @OrderBy("code")
    private List<PlantNode> children = new ArrayList<>();

    @Column(name = "code", nullable = false, length = PlantCode.MAX_LENGTH)
    private PlantCode code;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "description", length = MAX_DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected PlantNode() {
    }

    protected PlantNode(PlantLevel level, PlantNode parent, PlantCode code, String name, String description) {
        this.level = level;
        this.code = requireCode(code);
        this.name = requireName(name);
        this.description = normaliseDescription(description);
        checkCanHangUnder(parent);
        if (parent != null && !parent.isActive()) {
            throw new ConflictException("parentId", "cannot create " + withArticle(level) + " under inactive "
                    + parent + "; activate it first");
        }
        this.active = true;
        attachTo(parent);
    }

    public Long getId() {
        return id;
    }

    public PlantLevel getLevel() {
        return level;
    }

    /** The node this one hangs under; null only for an enterprise. */
    public PlantNode getParent() {
        return parent;
    }

    /** The nodes hanging directly under this one (read-only; they attach themselves on creation or move). */
    public List<PlantNode> getChildren() {
        return Collections.unmodifiableList(children);
    }

    public PlantCode getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    /** Gives the node a new code; the caller checks it is free among the siblings. */
    public void changeCode(PlantCode newCode) {
        PlantCode checked = requireCode(newCode);
        if (!checked.equals(code)) {
            code = checked;
            markRowChanged();
        }
    }

    public void rename(String newName) {
        String checked = requireName(newName);
        if (!checked.equals(name)) {
            name = checked;
            markRowChanged();
        }
    }

    /** Sets the free-text description; blank clears it. */
    public void describe(String newDescription) {
        String checked = normaliseDescription(newDescription);
        if (!Objects.equals(checked, description)) {
            description = checked;
            markRowChanged();
        }
    }

    /**
     * Hangs the node (with its subtree) under {@code newParent}. Refused when the level does not allow
     * that parent, when the new parent is the node itself or one of its descendants, and when an active
     * node would land under an inactive parent.
     */
    public void moveTo(PlantNode newParent) {
        if (newParent == getParent()) {
            return;
        }
        checkCanHangUnder(newParent);
        for (PlantNode ancestor = newParent; ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor == this) {
                throw new ConflictException("parentId", "cannot move " + this + " under " + newParent + ": "
                        + (newParent == this ? "a node cannot hang under itself" : "it is one of its descendants"));
            }
        }
        if (active && !newParent.isActive()) {
            throw new ConflictException("parentId", "cannot move active " + this + " under inactive " + newParent
                    + "; activate " + newParent + " first, or deactivate " + this);
        }
        getParent().children.remove(this);
        attachTo(newParent);
    }

    /** Takes the node and its whole subtree out of service; the records stay, with their history. */
    public void deactivate() {
        if (active) {
            active = false;
            markRowChanged();
        }
        for (PlantNode child : children) {
            child.deactivate();
        }
    }

    /**
     * Puts this node back in service, not its subtree: children are activated one by one, as each may
     * have been out of service for a reason of its own.
     */
    public void activate() {
        if (active) {
            return;
        }
        PlantNode currentParent = getParent();
        if (currentParent != null && !currentParent.isActive()) {
            throw new ConflictException("active", "cannot activate " + this + " while " + currentParent
                    + " is inactive; activate " + currentParent + " first");
        }
        active = true;
        markRowChanged();
    }

    /** The node in the plant's words, for messages: "work center CNC-01". */
    @Override
    public String toString() {
        return level.label() + " " + code;
    }

    /**
     * Both sides are kept in step, so the subtree is right within the transaction and in the shared cache.
     * Only this node's row changes: the parent's children are mapped by the children's parent column.
     */
    private void attachTo(PlantNode newParent) {
        parent = newParent;
        markRowChanged();
        if (newParent != null) {
            newParent.children.add(this);
        }
    }

    private void checkCanHangUnder(PlantNode newParent) {
        Set<PlantLevel> allowed = level.allowedParents();
        if (newParent == null) {
            if (!allowed.isEmpty()) {
                throw new InvalidInputException("parentId", "is required: " + withArticle(level)
                        + " hangs under " + alternatives(allowed));
            }
            return;
        }
        if (allowed.isEmpty()) {
            throw new ConflictException("parentId", withArticle(level)
                    + " is the top of the hierarchy and cannot hang under " + newParent);
        }
        if (!allowed.contains(newParent.getLevel())) {
            throw new ConflictException("parentId", withArticle(level) + " cannot hang under " + newParent
                    + "; its parent must be " + alternatives(allowed));
        }
    }

    private static PlantCode requireCode(PlantCode code) {
        if (code == null) {
            throw new InvalidInputException("code", "is required");
        }
        return code;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    private static String normaliseDescription(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String stripped = description.strip();
        if (stripped.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidInputException("description",
                    "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return stripped;
    }

    /**
     * "a site", "an area"; equipment is uncountable and goes without an article. Used for messages in the
     * service as well, so that all say it the same way.
     */
    public static String withArticle(PlantLevel level) {
        String label = level.label();
        if (level == PlantLevel.EQUIPMENT) {
            return label;
        }
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    private static String alternatives(Set<PlantLevel> levels) {
        List<String> labels = levels.stream().sorted().map(PlantNode::withArticle).collect(Collectors.toList());
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }
}
