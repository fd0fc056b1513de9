package org.openmes.routing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.Part;
import org.openmes.bom.model.PartNumber;
import org.openmes.bom.model.UnitOfMeasure;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.plant.model.Area;
import org.openmes.plant.model.Enterprise;
import org.openmes.plant.model.PlantCode;
import org.openmes.plant.model.Site;
import org.openmes.plant.model.WorkCenter;
import org.openmes.plant.model.WorkCenterCapacity;

class PartRoutingTest {
    private static final Area MACHINING = new Area(new Site(new Enterprise(new PlantCode("ACME"), "Acme", null),
            new PlantCode("PLANT-1"), "Plant", null), new PlantCode("MACHINING"), "Machining", null);
    private static final WorkCenter CNC = workCenter("CNC-01");
    private static final WorkCenter LATHE = workCenter("LATHE-01");

    private static WorkCenter workCenter(String code) {
        return new WorkCenter(MACHINING, new PlantCode(code), code, null,
                new WorkCenterCapacity(new BigDecimal("16"), new BigDecimal("85"), 1, 30));
    }

    private static OperationDefinition op(int sequence, String name, WorkCenter workCenter, String setup, String run) {
        return OperationDefinition.checked("operations[0]", sequence, name, workCenter, new BigDecimal(setup),
                new BigDecimal(run), false, false);
    }

    private static Part part(MakeOrBuy makeOrBuy) {
        return new Part(new PartNumber("PH-100"), "A", "Pump housing", UnitOfMeasure.EA, makeOrBuy, null, BigDecimal.ONE, false);
    }

    private static RoutingTemplate standardMachining() {
        return new RoutingTemplate("Standard machining", null, List.of(
                op(20, "Finish turn", LATHE, "15", "2.5"), op(10, "Rough mill", CNC, "30", "4")));
    }

    @Test
    void aRoutingCreatedFromATemplateCopiesItsOperationsInSequence() {
        RoutingTemplate template = standardMachining();
        PartRouting routing = new PartRouting(part(MakeOrBuy.MAKE), template);
        assertSame(template, routing.getTemplate());
        assertEquals(List.of(10, 20), routing.getOperations().stream().map(OperationStep::getSequence).toList());
        RoutingOperation first = routing.getOperations().get(0);
        assertEquals("Rough mill", first.getName());
        assertSame(CNC, first.getWorkCenter());
        assertEquals(new BigDecimal("30.00"), first.getSetupMinutes());
        assertEquals(new BigDecimal("4.0000"), first.getRunMinutesPerUnit());
    }

    @Test
    void editingTheRoutingLeavesTheTemplateAlone() {
        RoutingTemplate template = standardMachining();
        PartRouting routing = new PartRouting(part(MakeOrBuy.MAKE), template);
        routing.replaceOperations(List.of(op(10, "Rough mill", CNC, "30", "3")));
        assertEquals(1, routing.getOperations().size());
        assertEquals(2, template.getOperations().size());
        assertEquals(new BigDecimal("4.0000"), template.getOperations().get(0).getRunMinutesPerUnit());
    }

    @Test
    void operationsAreMatchedBySequenceNumber() {
        PartRouting routing = new PartRouting(part(MakeOrBuy.MAKE), standardMachining());
        RoutingOperation rough = routing.getOperations().get(0);
        boolean changed = routing.replaceOperations(List.of(op(10, "Rough mill", CNC, "25", "4"),
                op(15, "Deburr", CNC, "0", "1")));
        assertTrue(changed);
        assertSame(rough, routing.getOperations().get(0), "the operation that stays is updated in place");
        assertEquals(new BigDecimal("25.00"), rough.getSetupMinutes());
        assertEquals(List.of(10, 15), routing.getOperations().stream().map(OperationStep::getSequence).toList());
    }

    @Test
    void sendingTheSameOperationsAgainChangesNothing() {
        PartRouting routing = new PartRouting(part(MakeOrBuy.MAKE), standardMachining());
        assertFalse(routing.replaceOperations(List.of(op(10, "Rough mill", CNC, "30.0", "4"),
                op(20, "Finish turn", LATHE, "15", "2.50"))));
    }

    @Test
    void aSequenceNumberUsedTwiceIsRefusedNamingTheSecond() {
        PartRouting routing = new PartRouting(part(MakeOrBuy.MAKE), null);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> routing.replaceOperations(List.of(
                op(10, "Rough mill", CNC, "30", "4"), op(10, "Finish turn", LATHE, "15", "2.5"))));
        assertEquals("operations[1].sequence", refused.getField());
    }

    @Test
    void timesAreNotNegativeAndTheWorkCenterIsRequiredAndActive() {
        assertEquals("operations[0].setupMinutes",
                assertThrows(InvalidInputException.class, () -> op(10, "x", CNC, "-1", "0")).getField());
        assertEquals("operations[0].runMinutesPerUnit",
                assertThrows(InvalidInputException.class, () -> op(10, "x", CNC, "0", "0.00001")).getField());
        assertEquals("operations[0].workCenterId",
                assertThrows(InvalidInputException.class, () -> op(10, "x", null, "0", "0")).getField());
        WorkCenter idle = workCenter("IDLE-01");
        idle.deactivate();
        assertEquals("operations[0].workCenterId",
                assertThrows(InvalidInputException.class, () -> op(10, "x", idle, "0", "0")).getField());
        assertEquals("operations[0].sequence",
                assertThrows(InvalidInputException.class, () -> op(0, "x", CNC, "0", "0")).getField());
    }

    @Test
    void boughtAndObsoletePartsGetNoRouting() {
        assertEquals("partId", assertThrows(ConflictException.class, () -> new PartRouting(part(MakeOrBuy.BUY), null)).getField());
        Part obsolete = part(MakeOrBuy.MAKE);
        obsolete.makeObsolete();
        assertThrows(ConflictException.class, () -> new PartRouting(obsolete, null));
    }
}
