package org.openmes.plant.model;

import java.math.BigDecimal;

/** Builds small plants in memory for the tests, with valid defaults for what a test does not care about. */
final class Plants {
    private Plants() {
    }

    static Enterprise enterprise(String code) {
        return new Enterprise(new PlantCode(code), code + " enterprise", null);
    }

    static Site site(PlantNode parent, String code) {
        return new Site(parent, new PlantCode(code), code + " site", null);
    }

    static Area area(PlantNode parent, String code) {
        return new Area(parent, new PlantCode(code), code + " area", null);
    }

    static ProductionLine line(PlantNode parent, String code) {
        return new ProductionLine(parent, new PlantCode(code), code + " line", null);
    }

    static WorkCenter workCenter(PlantNode parent, String code) {
        return new WorkCenter(parent, new PlantCode(code), code + " work center", null, capacity());
    }

    static Equipment equipment(PlantNode parent, String code) {
        return new Equipment(parent, new PlantCode(code), code + " equipment", null, spec());
    }

    static WorkCenterCapacity capacity() {
        return new WorkCenterCapacity(new BigDecimal("16"), new BigDecimal("85"), 1, 30);
    }

    static EquipmentSpec spec() {
        return new EquipmentSpec("Filler", 5, new BigDecimal("300"), new BigDecimal("0.2"));
    }

    /** Acme's Springfield site with its machining area, ready to hang lines and work centers under. */
    static Area machiningArea() {
        return area(site(enterprise("ACME"), "PLANT-1"), "MACHINING");
    }
}
