package org.openmes.plant.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.openmes.common.InvalidInputException;

/**
 * A workstation where jobs are scheduled, in an area (job shop) or on a production line; its capacity
 * feeds the planning.
 */
@Entity
@DiscriminatorValue("WORK_CENTER")
public class WorkCenter extends PlantNode {

    @Embedded
    private WorkCenterCapacity capacity;

    protected WorkCenter() {
    }

    /** @param parent an area or a production line */
    public WorkCenter(PlantNode parent, PlantCode code, String name, String description,
            WorkCenterCapacity capacity) {
        super(PlantLevel.WORK_CENTER, parent, code, name, description);
        this.capacity = requireCapacity(capacity);
    }

    public WorkCenterCapacity getCapacity() {
        return capacity;
    }

    public void changeCapacity(WorkCenterCapacity newCapacity) {
        WorkCenterCapacity checked = requireCapacity(newCapacity);
        if (!checked.equals(capacity)) {
            capacity = checked;
            markRowChanged();
        }
    }

    private static WorkCenterCapacity requireCapacity(WorkCenterCapacity capacity) {
        if (capacity == null) {
            throw new InvalidInputException("capacity", "is required for a work center");
        }
        return capacity;
    }
}
