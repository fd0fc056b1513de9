package org.openmes.routing.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * A reusable sequence of operations ("Standard machining", "Assembly only", "Rush") that a part's routing is
 * created from. Its name is unique (case-insensitive; the service checks, the database too). Changing a
 * template later does not change the routings made from it: they are copies, edited on their own.
 */
@Entity
@Table(name = "routing_template")
public class RoutingTemplate extends AuditedEntity {
    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_DESCRIPTION_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "description", length = MAX_DESCRIPTION_LENGTH)
    private String description;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<TemplateOperation> operations = new ArrayList<>();

    protected RoutingTemplate() {
    }

    public RoutingTemplate(String name, String description, List<OperationDefinition> operations) {
        this.name = checkName(name);
        this.description = checkDescription(description);
        replaceOperations(operations);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    /** The operations by sequence number (read-only). */
    public List<TemplateOperation> getOperations() {
        return Collections.unmodifiableList(operations);
    }

    public void rename(String newName) {
        String checked = checkName(newName);
        if (!checked.equals(name)) {
            name = checked;
            markRowChanged();
        }
    }

    public void describe(String newDescription) {
        String checked = checkDescription(newDescription);
        if (!Objects.equals(checked, description)) {
            description = checked;
            markRowChanged();
        }
    }

    /**
     * Brings the operations to {@code wanted}, matched by sequence number; whether anything changed (the
     * service then moves this record's version: its operations are part of it).
     */
    public boolean replaceOperations(List<OperationDefinition> wanted) {
        return OperationSteps.replace(operations, wanted, definition -> new TemplateOperation(this, definition));
    }

    @Override
    public String toString() {
        return "routing template '" + name + "'";
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        String value = name.strip();
        if (value.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return value;
    }

    private static String checkDescription(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String value = description.strip();
        if (value.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidInputException("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return value;
    }
}
