package org.openmes.plant.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A part of a site grouping production by process: machining, assembly, packaging. */
@Entity
@DiscriminatorValue("AREA")
public class Area extends PlantNode {

    protected Area() {
    }

    public Area(PlantNode site, PlantCode code, String name, String description) {
        super(PlantLevel.AREA, site, code, name, description);
    }
}
