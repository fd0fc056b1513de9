package org.openmes.security.model;

/**
 * The roles of the plant (union of the source documents). What each may do is data (table
 * {@code security_role_permission}, editable by an administrator); this enum names them so that code and
 * migration agree on the set.
 */
public enum MesRole {
    ADMIN("Administrator", "Runs the MES: users, roles, kiosks, configuration; may do everything"),
    PRODUCTION_MANAGER("Production manager", "Owns output of the plant: approves orders, releases work, reviews reports"),
    SHIFT_MANAGER("Shift manager", "Supervises a shift: assigns jobs, confirms downtime, resolves andon calls"),
    PLANNER("Planner", "Production planning and scheduling (PPIC): orders, schedules, material"),
    ENGINEER("Engineer", "Process and industrial engineering: plant model, BOMs, routings, checklists, telemetry"),
    MAINTENANCE("Maintenance technician", "Keeps equipment running: maintenance work, downtime causes"),
    QUALITY("Quality inspector", "Inspections, dispositions, audit trail"),
    OPERATOR("Operator", "Runs jobs on the shop floor, mostly on a kiosk"),
    VIEWER("Viewer", "Reads everything that is not administration; changes nothing"),
    ERP_SYSTEM("ERP system", "Technical account of the ERP: order and integration APIs only", true);

    private final String label;
    private final String description;
    private final boolean service;

    MesRole(String label, String description) {
        this(label, description, false);
    }

    MesRole(String label, String description, boolean service) {
        this.label = label;
        this.description = description;
        this.service = service;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** A role of technical accounts rather than people: a caller holding only such roles is a service. */
    public boolean isService() {
        return service;
    }

    /** The role named {@code code} (its constant's name), or null. */
    public static MesRole ofCode(String code) {
        for (MesRole role : values()) {
            if (role.name().equals(code)) {
                return role;
            }
        }
        return null;
    }
}
