package org.openmes.bom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;

class BomLineTest {
    private final Part pump = part("PUMP", UnitOfMeasure.EA, MakeOrBuy.MAKE);
    private final Part steel = part("STEEL-1", UnitOfMeasure.KG, MakeOrBuy.BUY);
    private final Part steelB = part("STEEL-2", UnitOfMeasure.KG, MakeOrBuy.BUY);
    private final Part steelC = part("STEEL-3", UnitOfMeasure.KG, MakeOrBuy.BUY);
    private final Part bolt = part("BOLT", UnitOfMeasure.EA, MakeOrBuy.BUY);

    private static Part part(String number, UnitOfMeasure unit, MakeOrBuy makeOrBuy) {
        return new Part(new PartNumber(number), "A", number, unit, makeOrBuy, null, BigDecimal.ONE, false);
    }

    private static VariantSpec variant(int index, Part material, String weight, boolean primary) {
        return VariantSpec.checked("variants[" + index + "]", material, new BigDecimal(weight), primary);
    }

    private static BomLineSpec spec(Part component, String quantity, VariantSelection selection, VariantSpec... variants) {
        return BomLineSpec.checked(10, component, new BigDecimal(quantity), null, BigDecimal.ZERO, null, null, null,
                selection, List.of(variants));
    }

    private String refusedField(Runnable action) {
        return assertThrows(InvalidInputException.class, action::run).getField();
    }

    @Test
    void theLineTakesTheComponentsUnitAndRefusesAnother() {
        assertEquals(UnitOfMeasure.KG, spec(steel, "2.5", null).unitOfMeasure());
        assertEquals("unitOfMeasure", refusedField(() -> BomLineSpec.checked(10, steel, BigDecimal.ONE, UnitOfMeasure.G,
                null, null, null, null, null, List.of())));
    }

    @Test
    void quantityScrapAndDatesAreChecked() {
        assertEquals("quantityPer", refusedField(() -> spec(steel, "0", null)));
        assertEquals("scrapPercent", refusedField(() -> BomLineSpec.checked(10, steel, BigDecimal.ONE, null,
                new BigDecimal("100"), null, null, null, null, List.of())));
        assertEquals("effectiveTo", refusedField(() -> BomLineSpec.checked(10, steel, BigDecimal.ONE, null, null, null,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), null, List.of())));
        assertEquals("quantityPer", refusedField(() -> spec(steel, "0.0000001", null)));
    }

    @Test
    void aVariantInAnotherUnitIsRefusedNamingIt() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new BomLine(pump,
                spec(steel, "2", VariantSelection.PRIMARY, variant(0, steel, "50", true), variant(1, bolt, "10", false))));
        assertEquals("variants[1].materialId", refused.getField());
        assertTrue(refused.getMessage().contains("counted in EA but the line requires KG"), refused.getMessage());
    }

    @Test
    void aMaterialTwiceInOneLineIsRefused() {
        assertEquals("variants[1].materialId", refusedField(() -> new BomLine(pump,
                spec(steel, "2", VariantSelection.PRIMARY, variant(0, steel, "50", true), variant(1, steel, "10", false)))));
    }

    @Test
    void weightsAddUpToAtMost100Percent() {
        new BomLine(pump, spec(steel, "2", VariantSelection.WEIGHTED, variant(0, steel, "60", true), variant(1, steelB, "40", false)));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new BomLine(pump,
                spec(steel, "2", VariantSelection.WEIGHTED, variant(0, steel, "60", true), variant(1, steelB, "40.01", false))));
        assertEquals("variants", refused.getField());
        assertTrue(refused.getMessage().contains("100.01 %"), refused.getMessage());
        assertEquals("variants[0].weightPercent", refusedField(() -> variant(0, steel, "101", true)));
    }

    @Test
    void exactlyOneVariantIsPrimary() {
        assertEquals("variants", refusedField(() -> new BomLine(pump,
                spec(steel, "2", VariantSelection.PRIMARY, variant(0, steel, "50", false), variant(1, steelB, "10", false)))));
        assertEquals("variants", refusedField(() -> new BomLine(pump,
                spec(steel, "2", VariantSelection.PRIMARY, variant(0, steel, "50", true), variant(1, steelB, "10", true)))));
    }

    @Test
    void obsoletePartsGoIntoNoNewLineButStayInExistingOnes() {
        BomLine line = new BomLine(pump, spec(steel, "2", VariantSelection.PRIMARY));
        steel.makeObsolete();
        assertFalse(line.change(spec(steel, "2", VariantSelection.PRIMARY)), "an existing line keeps its obsolete component");
        assertTrue(line.change(spec(steel, "3", VariantSelection.PRIMARY)));
        assertEquals("componentId", assertThrows(ConflictException.class,
                () -> new BomLine(pump, spec(steel, "2", VariantSelection.PRIMARY))).getField());
        steelB.makeObsolete();
        assertEquals("variants[1].materialId", assertThrows(ConflictException.class, () -> line.change(
                spec(steel, "3", VariantSelection.PRIMARY, variant(0, steelC, "0", true), variant(1, steelB, "0", false)))).getField());
    }

    @Test
    void boughtPartsHaveNoBomAndNoPartContainsItself() {
        assertEquals("partId", assertThrows(ConflictException.class,
                () -> new BomLine(steel, spec(steelB, "1", null))).getField());
        assertEquals("componentId", assertThrows(ConflictException.class,
                () -> new BomLine(pump, spec(pump, "1", null))).getField());
    }

    @Test
    void variantsAreMatchedByMaterialOnChange() {
        BomLine line = new BomLine(pump, spec(steel, "2", VariantSelection.WEIGHTED, variant(0, steel, "70", true),
                variant(1, steelB, "30", false)));
        BomVariant kept = line.getVariants().get(1);
        assertTrue(line.change(spec(steel, "2", VariantSelection.WEIGHTED, variant(0, steelB, "20", true),
                variant(1, steelC, "10", false))));
        assertEquals(2, line.getVariants().size());
        assertSame(kept, line.getVariants().get(0));
        assertTrue(kept.isPrimary());
        assertEquals(new BigDecimal("20.00"), kept.getWeightPercent());
        assertFalse(line.change(spec(steel, "2.000", VariantSelection.WEIGHTED, variant(0, steelB, "20", true),
                variant(1, steelC, "10.0", false))));
    }

    @Test
    void theMaterialIsChosenByPrimaryWeightOrLeftToTheOperator() {
        BomLine weighted = new BomLine(pump, spec(steel, "2", VariantSelection.WEIGHTED, variant(0, steel, "50", true),
                variant(1, steelB, "30", false)));
        assertSame(steel, weighted.selectMaterial(0.0));
        assertSame(steel, weighted.selectMaterial(0.4999));
        assertSame(steelB, weighted.selectMaterial(0.5));
        assertSame(steelB, weighted.selectMaterial(0.7999));
        assertSame(steel, weighted.selectMaterial(0.8), "what the weights leave to 100 % is the primary's");
        BomLine primary = new BomLine(pump, spec(steel, "2", VariantSelection.PRIMARY, variant(0, steelB, "0", false),
                variant(1, steelC, "0", true)));
        assertSame(steelC, primary.selectMaterial(0.3));
        BomLine choice = new BomLine(pump, spec(steel, "2", VariantSelection.OPERATOR_CHOICE, variant(0, steel, "0", true)));
        assertNull(choice.selectMaterial(0.3));
        assertSame(bolt, new BomLine(pump, spec(bolt, "4", VariantSelection.OPERATOR_CHOICE)).selectMaterial(0.3));
    }

    @Test
    void aLineIsEffectiveBetweenItsDatesInclusive() {
        BomLine line = new BomLine(pump, BomLineSpec.checked(10, steel, BigDecimal.ONE, null, null, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, List.of()));
        assertFalse(line.isEffectiveOn(LocalDate.of(2025, 12, 31)));
        assertTrue(line.isEffectiveOn(LocalDate.of(2026, 1, 1)));
        assertTrue(line.isEffectiveOn(LocalDate.of(2026, 6, 30)));
        assertFalse(line.isEffectiveOn(LocalDate.of(2026, 7, 1)));
    }
}
