package org.openmes.plant.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.openmes.common.InvalidInputException;

/**
 * A machine or device on a line or in a work center (a filler, a CNC mill); equipment inside equipment
 * is a module of it (the bar feeder of a lathe).
 */
@Entity
@DiscriminatorValue("EQUIPMENT")
public class Equipment extends PlantNode {

    @Embedded
    private EquipmentSpec spec;

    protected Equipment() {
    }

    /** @param parent a production line, a work center or other equipment */
    public Equipment(PlantNode parent, PlantCode code, String name, String description, EquipmentSpec spec) {
        super(PlantLevel.EQUIPMENT, parent, code, name, description);
        this.spec = requireSpec(spec);
    }

    public EquipmentSpec getSpec() {
        return spec;
    }

    public void changeSpec(EquipmentSpec newSpec) {
        EquipmentSpec checked = requireSpec(newSpec);
        if (!checked.equals(spec)) {
            spec = checked;
            markRowChanged();
        }
    }

    private static EquipmentSpec requireSpec(EquipmentSpec spec) {
        if (spec == null) {
            throw new InvalidInputException("equipment", "is required for equipment");
        }
        return spec;
    }
}
