package org.openmes.plant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.plant.model.Plants.area;
import static org.openmes.plant.model.Plants.equipment;
import static org.openmes.plant.model.Plants.line;
import static org.openmes.plant.model.Plants.machiningArea;
import static org.openmes.plant.model.Plants.workCenter;

import org.junit.jupiter.api.Test;
import org.openmes.common.ConflictException;

class ActivationTest {

    @Test
    void deactivatingAnAreaDeactivatesItsLinesAndEquipment() {
        Area packaging = area(machiningArea().getParent(), "PACKAGING");
        ProductionLine bottling = line(packaging, "LINE-P1");
        Equipment filler = equipment(bottling, "P1-FILLER");
        Equipment cip = equipment(filler, "P1-FILLER-CIP");
        WorkCenter packing = workCenter(packaging, "PACK-01");

        packaging.deactivate();

        assertFalse(packaging.isActive());
        assertFalse(bottling.isActive());
        assertFalse(filler.isActive());
        assertFalse(cip.isActive());
        assertFalse(packing.isActive());
    }

    @Test
    void deactivatingALineLeavesItsParentAndSiblingsInService() {
        Area assembly = machiningArea();
        ProductionLine lineA1 = line(assembly, "LINE-A1");
        ProductionLine lineA2 = line(assembly, "LINE-A2");

        lineA1.deactivate();

        assertTrue(assembly.isActive());
        assertTrue(lineA2.isActive());
    }

    @Test
    void activatingUnderAnInactiveParentIsRefused() {
        ProductionLine line = line(machiningArea(), "LINE-P1");
        Equipment capper = equipment(line, "P1-CAPPER");
        line.deactivate();

        ConflictException refused = assertThrows(ConflictException.class, capper::activate);

        assertEquals("active", refused.getField());
        assertEquals("cannot activate equipment P1-CAPPER while production line LINE-P1 is inactive;"
                + " activate production line LINE-P1 first", refused.getMessage());
        assertFalse(capper.isActive());
    }

    @Test
    void activatingANodeLeavesItsChildrenOutOfService() {
        ProductionLine line = line(machiningArea(), "LINE-P1");
        Equipment labeler = equipment(line, "P1-LABELER");
        line.deactivate();

        line.activate();

        assertTrue(line.isActive());
        assertFalse(labeler.isActive());
        labeler.activate();
        assertTrue(labeler.isActive());
    }

    @Test
    void anEnterpriseCanAlwaysBeActivatedAgain() {
        Enterprise acme = Plants.enterprise("ACME");
        acme.deactivate();
        acme.activate();
        assertTrue(acme.isActive());
    }
}
