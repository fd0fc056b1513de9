package org.openmes.plant.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.common.persistence.AuditStamps.rowChanged;
import static org.openmes.common.persistence.AuditStamps.written;
import static org.openmes.plant.model.Plants.capacity;
import static org.openmes.plant.model.Plants.equipment;
import static org.openmes.plant.model.Plants.line;
import static org.openmes.plant.model.Plants.machiningArea;
import static org.openmes.plant.model.Plants.spec;
import static org.openmes.plant.model.Plants.workCenter;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Which rows a change of the plant writes (and so stamps and versions): the rows of the nodes that changed
 * themselves. A node's row holds its parent, not its children, so children coming, going, or being
 * switched on and off leave the parent's row alone.
 */
class RowChangeTest {

    @Test
    void addingAChildLeavesTheParentsRowAlone() {
        Area machining = machiningArea();
        written(machining);

        ProductionLine line = line(machining, "LINE-A1");

        assertTrue(machining.getChildren().contains(line), "the parent knows its new child");
        assertFalse(rowChanged(machining));
    }

    @Test
    void movingAChildChangesItsRowOnlyNotTheOldOrTheNewParent() {
        Area machining = machiningArea();
        ProductionLine line = line(machining, "LINE-M1");
        WorkCenter cnc = workCenter(machining, "CNC-01");
        written(machining, line, cnc);

        cnc.moveTo(line);

        assertTrue(rowChanged(cnc));
        assertFalse(rowChanged(machining), "the old parent");
        assertFalse(rowChanged(line), "the new parent");
    }

    @Test
    void deactivatingChangesTheNodesItSwitchesOffAndNothingAbove() {
        Area machining = machiningArea();
        ProductionLine line = line(machining, "LINE-P1");
        Equipment filler = equipment(line, "P1-FILLER");
        Equipment capper = equipment(line, "P1-CAPPER");
        capper.deactivate();
        written(machining, line, filler, capper);

        line.deactivate();

        assertTrue(rowChanged(line));
        assertTrue(rowChanged(filler), "switched off with its line");
        assertFalse(rowChanged(capper), "was off already");
        assertFalse(rowChanged(machining), "the parent stays in service, unchanged");
    }

    @Test
    void activatingChangesTheNodeOnly() {
        Area machining = machiningArea();
        ProductionLine line = line(machining, "LINE-P1");
        Equipment filler = equipment(line, "P1-FILLER");
        line.deactivate();
        written(machining, line, filler);

        line.activate();
        line.activate();

        assertTrue(rowChanged(line));
        assertFalse(rowChanged(filler), "stays out of service");
        assertFalse(rowChanged(machining));
    }

    @Test
    void eachFieldChangesTheRowOnlyWhenItsValueChanges() {
        WorkCenter cnc = workCenter(machiningArea(), "CNC-01");
        written(cnc);

        cnc.changeCode(new PlantCode("cnc-01"));
        cnc.rename(" " + cnc.getName() + " ");
        cnc.describe("  ");
        cnc.changeCapacity(capacity());
        assertFalse(rowChanged(cnc), "the same values, differently written");

        assertChanges(cnc, () -> cnc.changeCode(new PlantCode("CNC-1A")));
        assertChanges(cnc, () -> cnc.rename("Five-axis mill"));
        assertChanges(cnc, () -> cnc.describe("Hermle C42"));
        assertChanges(cnc, () -> cnc.changeCapacity(new WorkCenterCapacity(new BigDecimal("24"),
                new BigDecimal("85"), 1, 30)));
    }

    @Test
    void theEquipmentSpecChangesTheRowOnlyWhenItChanges() {
        Equipment filler = equipment(line(machiningArea(), "LINE-P1"), "P1-FILLER");
        written(filler);

        filler.changeSpec(spec());
        assertFalse(rowChanged(filler));

        assertChanges(filler, () -> filler.changeSpec(new EquipmentSpec("Filler", 4, new BigDecimal("300"),
                new BigDecimal("0.2"))));
    }

    private static void assertChanges(PlantNode node, Runnable change) {
        written(node);
        change.run();
        assertTrue(rowChanged(node), () -> node + " after the change");
    }
}
