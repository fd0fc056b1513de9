package org.openmes.plant.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.service.PlantTree.Row;

class PlantTreeTest {

    private static List<String> codes(List<PlantTreeNodeDto> nodes) {
        return nodes.stream().map(PlantTreeNodeDto::getCode).toList();
    }

    @Test
    void nodesHangUnderTheirParentsInTheOrderTheyCome() {
        List<PlantTreeNodeDto> forest = PlantTree.assemble(List.of(
                new Row(1, null, PlantLevel.ENTERPRISE, "ACME", "Acme", true),
                new Row(3, 2L, PlantLevel.AREA, "ASSEMBLY", "Assembly", true),
                new Row(5, 3L, PlantLevel.PRODUCTION_LINE, "LINE-A1", "Line A1", true),
                new Row(4, 2L, PlantLevel.AREA, "MACHINING", "Machining", true),
                new Row(2, 1L, PlantLevel.SITE, "PLANT-1", "Springfield", true)));

        assertEquals(List.of("ACME"), codes(forest));
        PlantTreeNodeDto plant = forest.get(0).getChildren().get(0);
        assertEquals("PLANT-1", plant.getCode());
        assertEquals(PlantLevel.SITE, plant.getLevel());
        assertEquals(List.of("ASSEMBLY", "MACHINING"), codes(plant.getChildren()));
        assertEquals(List.of("LINE-A1"), codes(plant.getChildren().get(0).getChildren()));
    }

    @Test
    void eachEnterpriseIsARoot() {
        List<PlantTreeNodeDto> forest = PlantTree.assemble(List.of(
                new Row(1, null, PlantLevel.ENTERPRISE, "ACME", "Acme", true),
                new Row(9, null, PlantLevel.ENTERPRISE, "GLOBEX", "Globex", false)));
        assertEquals(List.of("ACME", "GLOBEX"), codes(forest));
        assertTrue(forest.get(0).isActive());
        assertEquals(false, forest.get(1).isActive());
    }

    @Test
    void aNodeWhoseParentWasLeftOutIsDroppedWithItsSubtree() {
        // the area (id 3) is inactive and was not read; its line and equipment must not surface anywhere
        List<PlantTreeNodeDto> forest = PlantTree.assemble(List.of(
                new Row(1, null, PlantLevel.ENTERPRISE, "ACME", "Acme", true),
                new Row(2, 1L, PlantLevel.SITE, "PLANT-1", "Springfield", true),
                new Row(4, 3L, PlantLevel.PRODUCTION_LINE, "LINE-P1", "Bottling", true),
                new Row(5, 4L, PlantLevel.EQUIPMENT, "P1-FILLER", "Filler", true)));

        assertEquals(List.of("ACME"), codes(forest));
        assertTrue(forest.get(0).getChildren().get(0).getChildren().isEmpty());
    }

    @Test
    void noRowsMakeAnEmptyForest() {
        assertTrue(PlantTree.assemble(List.of()).isEmpty());
    }
}
