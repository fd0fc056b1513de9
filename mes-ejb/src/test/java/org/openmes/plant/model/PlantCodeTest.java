package org.openmes.plant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openmes.common.InvalidInputException;

class PlantCodeTest {

    @Test
    void codesAreStoredUpperCase() {
        assertEquals("CNC-01", new PlantCode("cnc-01").value());
    }

    @Test
    void codesThatDifferOnlyInCaseAreTheSameCode() {
        assertEquals(new PlantCode("Line-A1"), new PlantCode("LINE-A1"));
    }

    @Test
    void surroundingBlanksAreDropped() {
        assertEquals("PACK-01", new PlantCode("  pack-01 ").value());
    }

    @Test
    void dotsAndUnderscoresAreAllowedAfterTheFirstCharacter() {
        assertEquals("P1.FILLER_2", new PlantCode("p1.filler_2").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankCodeIsRefused(String blank) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new PlantCode(blank));
        assertEquals("code", refused.getField());
    }

    @Test
    void aMissingCodeIsRefused() {
        assertEquals("code", assertThrows(InvalidInputException.class, () -> new PlantCode(null)).getField());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNC 01", "CNC/01", "-CNC", ".CNC", "ÄRZ-1"})
    void spacesSymbolsAndALeadingSeparatorAreRefused(String code) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new PlantCode(code));
        assertEquals("code", refused.getField());
    }

    @Test
    void fortyCharactersFitButFortyOneDoNot() {
        assertEquals(40, new PlantCode("A".repeat(40)).value().length());
        assertThrows(InvalidInputException.class, () -> new PlantCode("A".repeat(41)));
    }

    @Test
    void theCodeReadsAsItsTextInMessages() {
        assertEquals("CNC-01", new PlantCode("cnc-01").toString());
    }

    @Test
    void theConverterStoresTheUpperCaseTextAndReadsItBack() {
        PlantCodeConverter converter = new PlantCodeConverter();
        assertEquals("LINE-P1", converter.convertToDatabaseColumn(new PlantCode("line-p1")));
        assertEquals(new PlantCode("LINE-P1"), converter.convertToEntityAttribute("LINE-P1"));
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
