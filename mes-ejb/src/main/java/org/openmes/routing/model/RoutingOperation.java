package org.openmes.routing.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An operation of a {@link PartRouting}: what a manufacturing order of the part copies into its own operations. */
@Entity
@Table(name = "part_routing_operation")
public class RoutingOperation extends OperationStep {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "routing_id", nullable = false, updatable = false)
    private PartRouting routing;

    protected RoutingOperation() {
    }

    RoutingOperation(PartRouting routing, OperationDefinition definition) {
        super(definition);
        this.routing = routing;
    }

    public PartRouting getRouting() {
        return routing;
    }
}
