package org.openmes.plant.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openmes.plant.model.Plants.machiningArea;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openmes.common.InvalidInputException;

class WorkCenterCapacityTest {

    private static WorkCenterCapacity capacity(String hoursPerDay, String efficiencyPercent, Integer jobs,
            Integer setupMinutes) {
        return new WorkCenterCapacity(hoursPerDay == null ? null : new BigDecimal(hoursPerDay),
                efficiencyPercent == null ? null : new BigDecimal(efficiencyPercent), jobs, setupMinutes);
    }

    private static String refusedField(Runnable creation) {
        return assertThrows(InvalidInputException.class, creation::run).getField();
    }

    @Test
    void workCenterCapacityRejectsMoreThan24HoursPerDay() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> capacity("24.01", "85", 1, 30));
        assertEquals("capacity.hoursPerDay", refused.getField());
        assertEquals("must be at most 24", refused.getMessage());
    }

    @Test
    void roundTheClockOperationIsAccepted() {
        assertEquals(new BigDecimal("24.00"), capacity("24", "85", 1, 30).getHoursPerDay());
    }

    @Test
    void aWorkCenterWithoutHoursIsRefused() {
        assertEquals("capacity.hoursPerDay", refusedField(() -> capacity("0", "85", 1, 30)));
        assertEquals("capacity.hoursPerDay", refusedField(() -> capacity(null, "85", 1, 30)));
    }

    @Test
    void efficiencyIsAbove0AndAtMost200Percent() {
        assertEquals(new BigDecimal("200.00"), capacity("8", "200", 1, 30).getEfficiencyPercent());
        assertEquals("capacity.efficiencyPercent", refusedField(() -> capacity("8", "200.5", 1, 30)));
        assertEquals("capacity.efficiencyPercent", refusedField(() -> capacity("8", "-5", 1, 30)));
    }

    @Test
    void atLeastOneJobMustFitAndAtMost1000() {
        assertEquals("capacity.maxConcurrentJobs", refusedField(() -> capacity("8", "85", 0, 30)));
        assertEquals("capacity.maxConcurrentJobs", refusedField(() -> capacity("8", "85", 1001, 30)));
        assertEquals("capacity.maxConcurrentJobs", refusedField(() -> capacity("8", "85", null, 30)));
    }

    @Test
    void setupTakesNoTimeUpToOneWeek() {
        assertEquals(0, capacity("8", "85", 1, 0).getAverageSetupMinutes());
        assertEquals(10080, capacity("8", "85", 1, 10080).getAverageSetupMinutes());
        assertEquals("capacity.averageSetupMinutes", refusedField(() -> capacity("8", "85", 1, 10081)));
        assertEquals("capacity.averageSetupMinutes", refusedField(() -> capacity("8", "85", 1, -1)));
    }

    @Test
    void valuesAreKeptAtTheScaleTheDatabaseStores() {
        WorkCenterCapacity capacity = capacity("7.5", "92.50", 2, 10);
        assertEquals(new BigDecimal("7.50"), capacity.getHoursPerDay());
        assertEquals(capacity("7.50", "92.5", 2, 10), capacity);
    }

    @Test
    void moreDecimalsThanTheDatabaseKeepsAreRefusedNotRounded() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> capacity("7.555", "85", 1, 30));
        assertEquals("capacity.hoursPerDay", refused.getField());
        assertEquals("must have at most 2 decimals", refused.getMessage());
    }

    @Test
    void aWorkCenterNeedsACapacity() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new WorkCenter(machiningArea(), new PlantCode("CNC-01"), "CNC 1", null, null));
        assertEquals("capacity", refused.getField());
    }

    @Test
    void aWorkCenterCapacityIsReplacedAsAWhole() {
        WorkCenter cnc = Plants.workCenter(machiningArea(), "CNC-01");
        WorkCenterCapacity twoShifts = capacity("16", "80", 1, 45);
        cnc.changeCapacity(twoShifts);
        assertEquals(twoShifts, cnc.getCapacity());
        assertThrows(InvalidInputException.class, () -> cnc.changeCapacity(null));
        assertEquals(twoShifts, cnc.getCapacity());
    }
}
