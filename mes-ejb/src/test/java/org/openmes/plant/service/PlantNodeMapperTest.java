package org.openmes.plant.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openmes.plant.model.Area;
import org.openmes.plant.model.Enterprise;
import org.openmes.plant.model.Equipment;
import org.openmes.plant.model.EquipmentSpec;
import org.openmes.plant.model.PlantCode;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.ProductionLine;
import org.openmes.plant.model.Site;
import org.openmes.plant.model.WorkCenter;
import org.openmes.plant.model.WorkCenterCapacity;

class PlantNodeMapperTest {
    private final Area machining = new Area(new Site(new Enterprise(new PlantCode("ACME"), "Acme", null),
            new PlantCode("PLANT-1"), "Springfield", null), new PlantCode("MACHINING"), "Machining", "Job shop");

    @Test
    void aWorkCenterCarriesItsCapacityAndNoEquipmentSpec() {
        WorkCenter cnc = new WorkCenter(machining, new PlantCode("cnc-01"), "CNC 1", null,
                new WorkCenterCapacity(new BigDecimal("16"), new BigDecimal("85"), 1, 45));

        PlantNodeDto dto = PlantNodeMapper.toDto(cnc);

        assertEquals(PlantLevel.WORK_CENTER, dto.getLevel());
        assertEquals("CNC-01", dto.getCode());
        assertEquals("CNC 1", dto.getName());
        assertEquals(new BigDecimal("16.00"), dto.getCapacity().getHoursPerDay());
        assertEquals(45, dto.getCapacity().getAverageSetupMinutes());
        assertNull(dto.getEquipment());
    }

    @Test
    void equipmentCarriesItsSpecAndNoCapacity() {
        ProductionLine line = new ProductionLine(machining, new PlantCode("LINE-P1"), "Bottling", null);
        Equipment filler = new Equipment(line, new PlantCode("P1-FILLER"), "Filler", null,
                new EquipmentSpec("Filler", 5, new BigDecimal("300"), new BigDecimal("0.2")));

        PlantNodeDto dto = PlantNodeMapper.toDto(filler);

        assertEquals("Filler", dto.getEquipment().getEquipmentType());
        assertEquals(5, dto.getEquipment().getCriticality());
        assertEquals(new BigDecimal("0.2000"), dto.getEquipment().getIdealCycleTimeSeconds());
        assertNull(dto.getCapacity());
    }

    @Test
    void anAreaHasNeitherCapacityNorSpec() {
        PlantNodeDto dto = PlantNodeMapper.toDto(machining);
        assertEquals("Job shop", dto.getDescription());
        assertEquals(true, dto.getActive());
        assertNull(dto.getCapacity());
        assertNull(dto.getEquipment());
    }

    @Test
    void aDraftWithoutCapacityOrSpecGivesNone() {
        assertNull(PlantNodeMapper.toCapacity(null));
        assertNull(PlantNodeMapper.toSpec(null));
    }

    @Test
    void aDraftsCapacityIsValidatedOnTheWayIn() {
        WorkCenterCapacityDto draft = new WorkCenterCapacityDto();
        draft.setHoursPerDay(new BigDecimal("8"));
        draft.setEfficiencyPercent(new BigDecimal("90"));
        draft.setMaxConcurrentJobs(1);
        draft.setAverageSetupMinutes(15);
        assertEquals(new WorkCenterCapacity(new BigDecimal("8.00"), new BigDecimal("90.00"), 1, 15),
                PlantNodeMapper.toCapacity(draft));
    }
}
