package org.openmes.routing.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.Part;
import org.openmes.common.ConflictException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * How one part revision is made: its operations in sequence. Created from a {@link RoutingTemplate} (a copy of
 * its operations, remembered as {@code template}) or empty, then edited on its own. A part has at most one
 * routing (the database holds that); only parts that are made have one. An obsolete part's routing stays
 * readable but cannot be created.
 */
@Entity
@Table(name = "part_routing")
public class PartRouting extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id", nullable = false, updatable = false, unique = true)
    private Part part;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id")
    private RoutingTemplate template;

    @OneToMany(mappedBy = "routing", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<RoutingOperation> operations = new ArrayList<>();

    protected PartRouting() {
    }

    /** A routing for {@code part} with a copy of {@code template}'s operations (none when the template is null). */
    public PartRouting(Part part, RoutingTemplate template) {
        if (part.getMakeOrBuy() != MakeOrBuy.MAKE) {
            throw new ConflictException("partId", "part " + part + " is bought, not made: it has no routing");
        }
        if (part.isObsolete()) {
            throw new ConflictException("partId", "part " + part + " is obsolete: it gets no new routing");
        }
        this.part = part;
        this.template = template;
        if (template != null) {
            replaceOperations(template.getOperations().stream().map(OperationStep::definition).toList());
        }
    }

    public Long getId() {
        return id;
    }

    public Part getPart() {
        return part;
    }

    /** The template the routing was created from, or null (created empty, or the template was deleted since). */
    public RoutingTemplate getTemplate() {
        return template;
    }

    /** The operations by sequence number (read-only). */
    public List<RoutingOperation> getOperations() {
        return Collections.unmodifiableList(operations);
    }

    /**
     * Brings the operations to {@code wanted}, matched by sequence number; whether anything changed (the
     * service then moves this record's version: its operations are part of it).
     */
    public boolean replaceOperations(List<OperationDefinition> wanted) {
        return OperationSteps.replace(operations, wanted, definition -> new RoutingOperation(this, definition));
    }
}
