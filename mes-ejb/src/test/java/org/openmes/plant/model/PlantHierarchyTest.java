package org.openmes.plant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.plant.model.Plants.area;
import static org.openmes.plant.model.Plants.enterprise;
import static org.openmes.plant.model.Plants.equipment;
import static org.openmes.plant.model.Plants.line;
import static org.openmes.plant.model.Plants.machiningArea;
import static org.openmes.plant.model.Plants.site;
import static org.openmes.plant.model.Plants.workCenter;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;

class PlantHierarchyTest {

    @Test
    void anEnterpriseIsARootWithoutParent() {
        Enterprise acme = enterprise("ACME");
        assertNull(acme.getParent());
        assertEquals(PlantLevel.ENTERPRISE, acme.getLevel());
        assertTrue(acme.isActive());
    }

    @Test
    void aNewNodeHangsUnderItsParentAndAppearsAmongItsChildren() {
        Enterprise acme = enterprise("ACME");
        Site plant = site(acme, "PLANT-1");
        assertSame(acme, plant.getParent());
        assertEquals(List.of(plant), acme.getChildren());
    }

    @Test
    void aSiteCannotHangUnderAnArea() {
        Area machining = machiningArea();
        ConflictException refused = assertThrows(ConflictException.class, () -> site(machining, "PLANT-2"));
        assertEquals("parentId", refused.getField());
        assertEquals("a site cannot hang under area MACHINING; its parent must be an enterprise", refused.getMessage());
        assertTrue(machining.getChildren().isEmpty());
    }

    @Test
    void aSiteNeedsAParent() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> site(null, "PLANT-1"));
        assertEquals("parentId", refused.getField());
        assertEquals("is required: a site hangs under an enterprise", refused.getMessage());
    }

    @Test
    void aWorkCenterHangsInAnAreaOrOnALineButNotInASite() {
        Area machining = machiningArea();
        ProductionLine line = line(machining, "LINE-A1");
        assertSame(machining, workCenter(machining, "CNC-01").getParent());
        assertSame(line, workCenter(line, "ASSY-01").getParent());
        ConflictException refused = assertThrows(ConflictException.class,
                () -> workCenter(machining.getParent(), "CNC-02"));
        assertEquals("a work center cannot hang under site PLANT-1; its parent must be an area or a production line",
                refused.getMessage());
    }

    @Test
    void equipmentCanBeAModuleOfOtherEquipment() {
        Equipment lathe = equipment(workCenter(machiningArea(), "LATHE-01"), "LATHE-01-LATHE");
        Equipment barFeeder = equipment(lathe, "LATHE-01-BARFEED");
        assertSame(lathe, barFeeder.getParent());
    }

    @Test
    void equipmentCannotStandDirectlyInAnArea() {
        assertThrows(ConflictException.class, () -> equipment(machiningArea(), "CNC-01-MILL"));
    }

    @Test
    void creatingUnderAnInactiveParentIsRefused() {
        Area machining = machiningArea();
        machining.deactivate();
        ConflictException refused = assertThrows(ConflictException.class, () -> workCenter(machining, "CNC-01"));
        assertEquals("parentId", refused.getField());
        assertTrue(machining.getChildren().isEmpty());
    }

    @Test
    void movingAWorkCenterFromTheAreaOntoALineReattachesIt() {
        Area machining = machiningArea();
        ProductionLine line = line(machining, "LINE-M1");
        WorkCenter cnc = workCenter(machining, "CNC-01");

        cnc.moveTo(line);

        assertSame(line, cnc.getParent());
        assertEquals(List.of(cnc), line.getChildren());
        assertEquals(List.of(line), machining.getChildren());
    }

    @Test
    void movingANodeUnderItsOwnDescendantIsRefused() {
        Equipment filler = equipment(line(machiningArea(), "LINE-P1"), "P1-FILLER");
        Equipment valveBlock = equipment(filler, "P1-FILLER-VALVES");
        Equipment valve = equipment(valveBlock, "P1-FILLER-V01");

        ConflictException refused = assertThrows(ConflictException.class, () -> filler.moveTo(valve));

        assertEquals("parentId", refused.getField());
        assertEquals("cannot move equipment P1-FILLER under equipment P1-FILLER-V01: it is one of its descendants",
                refused.getMessage());
        assertSame(valveBlock, valve.getParent());
        assertEquals(List.of(filler), filler.getParent().getChildren());
    }

    @Test
    void movingANodeUnderItselfIsRefused() {
        Equipment filler = equipment(line(machiningArea(), "LINE-P1"), "P1-FILLER");
        ConflictException refused = assertThrows(ConflictException.class, () -> filler.moveTo(filler));
        assertTrue(refused.getMessage().endsWith("a node cannot hang under itself"), refused.getMessage());
    }

    @Test
    void aLineCannotMoveUnderASite() {
        Area machining = machiningArea();
        ProductionLine line = line(machining, "LINE-A1");
        ConflictException refused = assertThrows(ConflictException.class, () -> line.moveTo(machining.getParent()));
        assertEquals("parentId", refused.getField());
        assertSame(machining, line.getParent());
    }

    @Test
    void anEnterpriseCannotMoveUnderAnything() {
        Enterprise acme = enterprise("ACME");
        Enterprise other = enterprise("OTHER");
        assertThrows(ConflictException.class, () -> acme.moveTo(site(other, "PLANT-9")));
        assertNull(acme.getParent());
    }

    @Test
    void aNonRootNodeCannotBeMovedToTheTop() {
        Area machining = machiningArea();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> machining.moveTo(null));
        assertEquals("parentId", refused.getField());
    }

    @Test
    void anActiveNodeCannotMoveUnderAnInactiveParentButAnInactiveOneCan() {
        Site plant = site(enterprise("ACME"), "PLANT-1");
        Area assembly = area(plant, "ASSEMBLY");
        Area mothballed = area(plant, "OLD-HALL");
        mothballed.deactivate();
        ProductionLine line = line(assembly, "LINE-A1");

        assertThrows(ConflictException.class, () -> line.moveTo(mothballed));
        assertSame(assembly, line.getParent());

        line.deactivate();
        line.moveTo(mothballed);
        assertSame(mothballed, line.getParent());
    }

    @Test
    void theChildrenListCannotBeChangedFromOutside() {
        Area machining = machiningArea();
        line(machining, "LINE-A1");
        assertThrows(UnsupportedOperationException.class, () -> machining.getChildren().clear());
        assertEquals(1, machining.getChildren().size());
    }

    @Test
    void namesAreTrimmedAndRequired() {
        ProductionLine line = line(machiningArea(), "LINE-A1");
        line.rename("  Final assembly line 1 ");
        assertEquals("Final assembly line 1", line.getName());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> line.rename(" ")).getField());
        assertThrows(InvalidInputException.class, () -> line.rename("x".repeat(PlantNode.MAX_NAME_LENGTH + 1)));
        assertEquals("Final assembly line 1", line.getName());
    }

    @Test
    void aBlankDescriptionClearsIt() {
        ProductionLine line = line(machiningArea(), "LINE-A1");
        line.describe("Pump final assembly");
        assertEquals("Pump final assembly", line.getDescription());
        line.describe("   ");
        assertNull(line.getDescription());
        assertThrows(InvalidInputException.class,
                () -> line.describe("x".repeat(PlantNode.MAX_DESCRIPTION_LENGTH + 1)));
    }

    @Test
    void aNodeCanBeGivenANewCode() {
        WorkCenter cnc = workCenter(machiningArea(), "CNC-01");
        cnc.changeCode(new PlantCode("cnc-1a"));
        assertEquals(new PlantCode("CNC-1A"), cnc.getCode());
        assertEquals("code", assertThrows(InvalidInputException.class, () -> cnc.changeCode(null)).getField());
    }

    @Test
    void aNodeDescribesItselfInThePlantsWords() {
        Area machining = machiningArea();
        assertEquals("work center CNC-01", workCenter(machining, "cnc-01").toString());
        assertEquals("production line LINE-A1", line(machining, "LINE-A1").toString());
    }

    @Test
    void levelsTakeTheirArticleInMessages() {
        assertEquals("an area", PlantNode.withArticle(PlantLevel.AREA));
        assertEquals("a work center", PlantNode.withArticle(PlantLevel.WORK_CENTER));
        assertEquals("equipment", PlantNode.withArticle(PlantLevel.EQUIPMENT));
    }
}
