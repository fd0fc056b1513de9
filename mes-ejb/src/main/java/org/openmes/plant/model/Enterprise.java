package org.openmes.plant.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** The company as a whole: the top of the hierarchy, the only level without a parent. */
@Entity
@DiscriminatorValue("ENTERPRISE")
public class Enterprise extends PlantNode {

    protected Enterprise() {
    }

    public Enterprise(PlantCode code, String name, String description) {
        super(PlantLevel.ENTERPRISE, null, code, name, description);
    }
}
