package org.openmes.routing.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An operation of a {@link RoutingTemplate}. */
@Entity
@Table(name = "routing_template_operation")
public class TemplateOperation extends OperationStep {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false, updatable = false)
    private RoutingTemplate template;

    protected TemplateOperation() {
    }

    TemplateOperation(RoutingTemplate template, OperationDefinition definition) {
        super(definition);
        this.template = template;
    }

    public RoutingTemplate getTemplate() {
        return template;
    }
}
