package org.openmes.plant.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A line in an area: work centers and equipment chained by the product flow (a bottling line, an assembly line). */
@Entity
@DiscriminatorValue("PRODUCTION_LINE")
public class ProductionLine extends PlantNode {

    protected ProductionLine() {
    }

    public ProductionLine(PlantNode area, PlantCode code, String name, String description) {
        super(PlantLevel.PRODUCTION_LINE, area, code, name, description);
    }
}
