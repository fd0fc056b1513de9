package org.openmes.plant.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The levels of the ISA-95 equipment hierarchy as this MES uses them, each with the levels it may hang
 * under. A work center (workstation) sits in an area or on a production line; equipment sits on a line,
 * in a work center, or inside other equipment (equipment modules).
 */
public enum PlantLevel {
    ENTERPRISE,
    SITE,
    AREA,
    PRODUCTION_LINE,
    WORK_CENTER,
    EQUIPMENT;

    /** The levels a node of this level may have as parent; empty for a root level. */
    public Set<PlantLevel> allowedParents() {
        return switch (this) {
            case ENTERPRISE -> EnumSet.noneOf(PlantLevel.class);
            case SITE -> EnumSet.of(ENTERPRISE);
            case AREA -> EnumSet.of(SITE);
            case PRODUCTION_LINE -> EnumSet.of(AREA);
            case WORK_CENTER -> EnumSet.of(AREA, PRODUCTION_LINE);
            case EQUIPMENT -> EnumSet.of(PRODUCTION_LINE, WORK_CENTER, EQUIPMENT);
        };
    }

    public boolean isRoot() {
        return this == ENTERPRISE;
    }

    /** Plant word for messages and pages: "production line", "work center". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
