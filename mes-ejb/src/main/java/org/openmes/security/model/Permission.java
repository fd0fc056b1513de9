package org.openmes.security.model;

/**
 * The permission catalogue: every action the MES guards, by code ({@code <context>.<action>}), with the
 * bounded context it belongs to. Roles are granted permissions in data; code asks for permissions, never
 * for roles. Adding a constant needs a row in a migration (a unit test holds both in step).
 */
public enum Permission {
    PLANT_VIEW("plant.view", "plant", "See the plant model: enterprises, sites, areas, lines, work centers, equipment"),
    PLANT_EDIT("plant.edit", "plant", "Create, change, move, deactivate and delete nodes of the plant model"),
    ORDER_VIEW("order.view", "orders", "See production orders and their status"),
    ORDER_EDIT("order.edit", "orders", "Create and change production orders"),
    ORDER_APPROVE("order.approve", "orders", "Approve production orders for planning"),
    MO_RELEASE("mo.release", "orders", "Release manufacturing orders to the shop floor"),
    SCHEDULE_VIEW("schedule.view", "scheduling", "See the production schedule"),
    SCHEDULE_EDIT("schedule.edit", "scheduling", "Sequence and reschedule work on work centers"),
    JOB_VIEW("job.view", "execution", "See dispatch lists and jobs"),
    JOB_ASSIGN("job.assign", "execution", "Assign jobs to operators and work centers"),
    JOB_EXECUTE("job.execute", "execution", "Start, pause and complete jobs, report quantities"),
    CHECKLIST_EDIT("checklist.edit", "execution", "Write and change checklist templates"),
    CHECKLIST_COMPLETE("checklist.complete", "execution", "Fill in and complete checklists"),
    DOWNTIME_VIEW("downtime.view", "downtime", "See downtime events and their causes"),
    DOWNTIME_RECORD("downtime.record", "downtime", "Record downtime and its reason"),
    DOWNTIME_CONFIRM("downtime.confirm", "downtime", "Confirm or correct recorded downtime"),
    ANDON_RAISE("andon.raise", "andon", "Raise an andon call"),
    ANDON_RESOLVE("andon.resolve", "andon", "Acknowledge, escalate and resolve andon calls"),
    QUALITY_VIEW("quality.view", "quality", "See inspections, results and nonconformances"),
    QUALITY_INSPECT("quality.inspect", "quality", "Record inspections and test results"),
    QUALITY_DISPOSITION("quality.disposition", "quality", "Decide the disposition of nonconforming material"),
    REPORT_VIEW("report.view", "reporting", "See reports and the results of report jobs"),
    REPORT_GENERATE("report.generate", "reporting", "Run report and batch jobs"),
    TELEMETRY_VIEW("telemetry.view", "telemetry", "See machine signals and their history"),
    TELEMETRY_CONFIGURE("telemetry.configure", "telemetry", "Configure PLC connections, tags and scan classes"),
    OEE_VIEW("oee.view", "oee", "See OEE figures and losses"),
    MAINTENANCE_VIEW("maintenance.view", "maintenance", "See maintenance work orders and plans"),
    MAINTENANCE_PLAN("maintenance.plan", "maintenance", "Create maintenance work orders and preventive plans"),
    MAINTENANCE_EXECUTE("maintenance.execute", "maintenance", "Carry out and close maintenance work"),
    INVENTORY_VIEW("inventory.view", "inventory", "See stock and material movements"),
    INVENTORY_EDIT("inventory.edit", "inventory", "Book material movements and stock corrections"),
    BOM_VIEW("bom.view", "bom", "See bills of materials"),
    BOM_EDIT("bom.edit", "bom", "Create and change bills of materials"),
    ROUTING_VIEW("routing.view", "routing", "See routings and work instructions"),
    ROUTING_EDIT("routing.edit", "routing", "Create and change routings and work instructions"),
    PROTOTYPE_EDIT("prototype.edit", "prototype", "Run prototype builds and record their findings"),
    PROTOTYPE_APPROVE("prototype.approve", "prototype", "Approve a prototype for series production"),
    USER_MANAGE("user.manage", "security", "Assign roles to people and technical accounts"),
    ROLE_MANAGE("role.manage", "security", "Change what roles may do and map corporate groups to roles"),
    KIOSK_MANAGE("kiosk.manage", "security", "Register kiosks, manage badges and PINs"),
    SIGNATURE_SIGN("signature.sign", "security", "Sign records electronically"),
    AUDIT_READ("audit.read", "audit", "Search the audit trail and verify its chain"),
    ERP_INTEGRATE("erp.integrate", "integration", "Exchange orders, confirmations and master data with the ERP");

    private final String code;
    private final String context;
    private final String description;

    Permission(String code, String context, String description) {
        this.code = code;
        this.context = context;
        this.description = description;
    }

    public String code() {
        return code;
    }

    /** The bounded context the guarded action belongs to. */
    public String context() {
        return context;
    }

    public String description() {
        return description;
    }

    /** Whether the permission only lets its holder read. */
    public boolean isReadOnly() {
        return code.endsWith(".view") || code.endsWith(".read");
    }

    /** The permission with code {@code code}, or null. */
    public static Permission ofCode(String code) {
        for (Permission permission : values()) {
            if (permission.code.equals(code)) {
                return permission;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return code;
    }
}
