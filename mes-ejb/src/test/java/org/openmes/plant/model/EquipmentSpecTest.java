package org.openmes.plant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openmes.common.InvalidInputException;

class EquipmentSpecTest {

    private static EquipmentSpec spec(String type, Integer criticality, String speed, String cycleTime) {
        return new EquipmentSpec(type, criticality, speed == null ? null : new BigDecimal(speed),
                cycleTime == null ? null : new BigDecimal(cycleTime));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void criticalityOutside1To5IsRefused(int criticality) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> spec("Capper", criticality, "300", "0.2"));
        assertEquals("equipment.criticality", refused.getField());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    void criticality1And5AreTheEnds(int criticality) {
        assertEquals(criticality, spec("Capper", criticality, null, null).getCriticality());
    }

    @Test
    void criticalityIsRequired() {
        assertEquals("equipment.criticality",
                assertThrows(InvalidInputException.class, () -> spec("Capper", null, null, null)).getField());
    }

    @Test
    void theEquipmentTypeIsRequiredTrimmedAndAtMost60Characters() {
        assertEquals("Case packer", spec("  Case packer ", 3, null, null).getEquipmentType());
        assertEquals("equipment.equipmentType",
                assertThrows(InvalidInputException.class, () -> spec(" ", 3, null, null)).getField());
        assertThrows(InvalidInputException.class, () -> spec("x".repeat(61), 3, null, null));
    }

    @Test
    void speedAndCycleTimeAreOptional() {
        EquipmentSpec barFeeder = spec("Bar feeder", 2, null, null);
        assertNull(barFeeder.getTargetSpeedPerMinute());
        assertNull(barFeeder.getIdealCycleTimeSeconds());
    }

    @Test
    void aGivenSpeedOrCycleTimeMustBePositive() {
        assertEquals("equipment.targetSpeedPerMinute",
                assertThrows(InvalidInputException.class, () -> spec("Filler", 5, "0", null)).getField());
        assertEquals("equipment.idealCycleTimeSeconds",
                assertThrows(InvalidInputException.class, () -> spec("Filler", 5, null, "-0.2")).getField());
    }

    @Test
    void speedsAreKeptToFourDecimalsAndLargerValuesAreRefused() {
        assertEquals(new BigDecimal("0.2000"), spec("Filler", 5, null, "0.2").getIdealCycleTimeSeconds());
        assertThrows(InvalidInputException.class, () -> spec("Filler", 5, "0.66667", null));
        assertThrows(InvalidInputException.class, () -> spec("Filler", 5, "100000000", null));
        assertEquals(new BigDecimal("99999999.9999"), spec("Filler", 5, "99999999.9999", null).getTargetSpeedPerMinute());
    }

    @Test
    void equipmentNeedsASpec() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new Equipment(
                Plants.line(Plants.machiningArea(), "LINE-P1"), new PlantCode("P1-FILLER"), "Filler", null, null));
        assertEquals("equipment", refused.getField());
    }
}
