package org.openmes.bom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.PartStatus;
import org.openmes.bom.model.UnitOfMeasure;
import org.openmes.bom.model.VariantSelection;
import org.openmes.bom.service.BomLineDraft;
import org.openmes.bom.service.BomLineDto;
import org.openmes.bom.service.PartDto;
import org.openmes.bom.service.VariantDto;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;

class BomLineFormTest {
    /** Knows BAR rev. A (id 1) and ALT rev. B (id 2). */
    private static final BiFunction<String, String, PartDto> FIND = (number, revision) -> switch (number + "/" + revision) {
        case "BAR/A" -> part(1, number, revision);
        case "ALT/B" -> part(2, number, revision);
        default -> throw new NotFoundException("part", number + " rev. " + revision);
    };

    @Test
    void aStoredLineIsEditedAndSavedWithItsVersionAndPartsTypedAsTheirLabels() {
        BomLineDto stored = new BomLineDto(5, 9, 10, 1, "BAR", "A", "Bar", MakeOrBuy.BUY, PartStatus.ACTIVE, BigDecimal.TEN,
                UnitOfMeasure.KG, BigDecimal.ONE, 20, null, null, VariantSelection.WEIGHTED, 3,
                List.of(new VariantDto(1L, 1L, "BAR", "A", BigDecimal.ZERO, true)));
        BomLineForm form = BomLineForm.editing(stored);
        assertEquals("BAR rev. A", form.getComponent());
        form.addVariant();
        form.getVariants().get(1).setMaterial(" ALT rev. B ");
        form.getVariants().get(1).setWeightPercent(new BigDecimal("30"));
        BomLineDraft draft = form.toDraft(FIND);
        assertEquals(1L, draft.componentId());
        assertEquals(3L, draft.version());
        assertEquals(List.of(1L, 2L), draft.variants().stream().map(VariantDto::materialId).toList());
        assertEquals(List.of(true, false), draft.variants().stream().map(VariantDto::primary).toList());
    }

    @Test
    void anUnknownPartIsRefusedNamingItsFieldAndRevisionADefaults() {
        BomLineForm form = BomLineForm.adding(30);
        form.setComponent("BAR");
        form.addVariant();
        form.addVariant();
        form.getVariants().get(0).setMaterial("BAR");
        form.getVariants().get(1).setMaterial("NOPE rev. A");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> form.toDraft(FIND));
        assertEquals("variants[1].materialId", refused.getField());
        form.removeVariant(1);
        assertEquals(1L, form.toDraft(FIND).variants().get(0).materialId());
        assertEquals(30, form.toDraft(FIND).position());
    }

    private static PartDto part(long id, String number, String revision) {
        return new PartDto(id, number, revision, null, UnitOfMeasure.KG, MakeOrBuy.BUY, null, BigDecimal.ZERO,
                PartStatus.ACTIVE, false, 0, null, null, null, null);
    }
}
