package org.openmes.bom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;

class PartTest {

    static Part part(String number, String revision) {
        return new Part(new PartNumber(number), revision, "Pump housing", UnitOfMeasure.EA, MakeOrBuy.MAKE, "Pumps",
                new BigDecimal("12.5"), false);
    }

    private static String refusedField(Runnable action) {
        return assertThrows(InvalidInputException.class, action::run).getField();
    }

    @Test
    void partNumbersAndRevisionsAreStoredUpperCase() {
        Part part = part(" ph-100 ", "b");
        assertEquals("PH-100", part.getPartNumber().value());
        assertEquals("B", part.getRevision());
        assertEquals("PH-100 rev. B", part.toString());
    }

    @Test
    void aPartNumberWithBlanksOrStrangeCharactersIsRefused() {
        assertEquals("partNumber", refusedField(() -> new PartNumber("PH 100")));
        assertEquals("partNumber", refusedField(() -> new PartNumber("-PH")));
        assertEquals("partNumber", refusedField(() -> new PartNumber("")));
        assertEquals("partNumber", refusedField(() -> new PartNumber("X".repeat(41))));
        assertEquals("PH/100.A_1", new PartNumber("ph/100.a_1").value());
    }

    @Test
    void revisionIsRequiredAndShort() {
        assertEquals("revision", refusedField(() -> part("PH-100", " ")));
        assertEquals("revision", refusedField(() -> part("PH-100", "ABCDEFGHIJK")));
        assertEquals("revision", refusedField(() -> part("PH-100", "A B")));
    }

    @Test
    void descriptionUnitAndMakeOrBuyAreRequired() {
        PartNumber number = new PartNumber("PH-100");
        BigDecimal cost = BigDecimal.ONE;
        assertEquals("description", refusedField(() -> new Part(number, "A", " ", UnitOfMeasure.EA, MakeOrBuy.BUY, null, cost, false)));
        assertEquals("unitOfMeasure", refusedField(() -> new Part(number, "A", "x", null, MakeOrBuy.BUY, null, cost, false)));
        assertEquals("makeOrBuy", refusedField(() -> new Part(number, "A", "x", UnitOfMeasure.KG, null, null, cost, false)));
    }

    @Test
    void standardCostIsNotNegativeAndHasAtMostFourDecimals() {
        Part part = part("PH-100", "A");
        assertEquals("standardCost", refusedField(() -> part.changeStandardCost(new BigDecimal("-0.01"))));
        assertEquals("standardCost", refusedField(() -> part.changeStandardCost(new BigDecimal("1.00001"))));
        part.changeStandardCost(new BigDecimal("3"));
        assertEquals(new BigDecimal("3.0000"), part.getStandardCost());
    }

    @Test
    void aBlankProductFamilyIsNone() {
        Part part = part("PH-100", "A");
        part.assignProductFamily("  ");
        assertEquals(null, part.getProductFamily());
    }

    @Test
    void anObsoletePartCannotGoIntoANewBomLineUntilReactivated() {
        Part part = part("PH-100", "A");
        part.requireUsableInNewBomLine("componentId");
        part.makeObsolete();
        assertTrue(part.isObsolete());
        ConflictException refused = assertThrows(ConflictException.class, () -> part.requireUsableInNewBomLine("componentId"));
        assertEquals("componentId", refused.getField());
        assertTrue(refused.getMessage().contains("PH-100 rev. A is obsolete"), refused.getMessage());
        part.reactivate();
        assertFalse(part.isObsolete());
        part.requireUsableInNewBomLine("componentId");
    }
}
