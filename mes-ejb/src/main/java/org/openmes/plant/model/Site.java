package org.openmes.plant.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A plant of the enterprise: one location with its own production. */
@Entity
@DiscriminatorValue("SITE")
public class Site extends PlantNode {

    protected Site() {
    }

    public Site(PlantNode enterprise, PlantCode code, String name, String description) {
        super(PlantLevel.SITE, enterprise, code, name, description);
    }
}
