package org.openmes.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openmes.common.PageRequest;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.service.EquipmentSpecDto;
import org.openmes.plant.service.PlantNodeDto;
import org.openmes.plant.service.PlantNodeFilter;
import org.openmes.plant.service.PlantService;
import org.openmes.plant.service.WorkCenterCapacityDto;
import org.openmes.security.model.MesRole;
import org.openmes.security.service.AccessControlService;
import org.openmes.security.service.RoleAssignmentDto;

/**
 * Loads a small but realistic plant into an empty database when {@code mes.demo-data.enabled} is true,
 * for demos and manual testing: Acme's Springfield plant with a machining job shop, an assembly area and
 * two packaging lines. It goes through {@link PlantService}, so the demo obeys every rule a user does.
 * Nodes are created in a fixed order in one transaction, so on a fresh database codes and ids are the
 * same every time (ids 1 to N); any failure rolls the whole plant back and stops the start.
 * <p>
 * Along with the plant it assigns the ERP's technical account {@value #ERP_PRINCIPAL} its role: the demo's ERP
 * client authenticates with client credentials and carries no groups.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoPlantLoader {
    private static final Logger LOG = Logger.getLogger(DemoPlantLoader.class.getName());
    static final String ENABLED = "mes.demo-data.enabled";
    static final String ERP_PRINCIPAL = "erp";

    @EJB
    private PlantService plant;

    @EJB
    private AccessControlService accessControl;

    private int created;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!ConfigProvider.getConfig().getOptionalValue(ENABLED, Boolean.class).orElse(false)) {
            return;
        }
        if (plant.find(new PlantNodeFilter(PlantLevel.ENTERPRISE, null, null, null), new PageRequest(0, 1, null, true))
                .getTotal() > 0) {
            LOG.info("Demo plant not loaded: the plant model already has an enterprise");
            return;
        }
        long acme = node(PlantLevel.ENTERPRISE, null, "ACME", "Acme Manufacturing",
                "Maker of pumps, valves and bottled cleaning products");
        long springfield = node(PlantLevel.SITE, acme, "PLANT-1", "Springfield plant",
                "Main plant: machining, assembly and packaging, two shifts");
        loadMachining(node(PlantLevel.AREA, springfield, "MACHINING", "Machining", "Job shop for pump housings and shafts"));
        loadAssembly(node(PlantLevel.AREA, springfield, "ASSEMBLY", "Assembly", "Welding and final assembly of pumps"));
        loadPackaging(node(PlantLevel.AREA, springfield, "PACKAGING", "Packaging", "Bottling, canning and manual packing"));
        LOG.info("Demo plant loaded: " + created + " nodes");
        assignErpRole();
    }

    /** Unless an earlier demo load assigned it already (the plant may have been emptied since). */
    private void assignErpRole() {
        if (accessControl.roleAssignments().stream().anyMatch(a -> ERP_PRINCIPAL.equals(a.getPrincipalName())
                && MesRole.ERP_SYSTEM.name().equals(a.getRole()))) {
            return;
        }
        RoleAssignmentDto erp = new RoleAssignmentDto();
        erp.setPrincipalName(ERP_PRINCIPAL);
        erp.setRole(MesRole.ERP_SYSTEM.name());
        erp.setReason("Demo data: technical account of the demo ERP client");
        accessControl.assign(erp);
    }

    private void loadMachining(long machining) {
        long cnc01 = workCenter(machining, "CNC-01", "CNC machining center 1", capacity("16", "85", 1, 45));
        equipment(cnc01, "CNC-01-MILL", "5-axis vertical mill", spec("CNC mill", 4, "0.25", "240"));
        long cnc02 = workCenter(machining, "CNC-02", "CNC machining center 2", capacity("16", "80", 1, 45));
        equipment(cnc02, "CNC-02-MILL", "3-axis horizontal mill", spec("CNC mill", 4, "0.3", "200"));
        long lathe01 = workCenter(machining, "LATHE-01", "CNC turning cell", capacity("16", "90", 1, 30));
        long lathe = equipment(lathe01, "LATHE-01-LATHE", "CNC lathe with live tooling", spec("CNC lathe", 4, "0.4", "150"));
        equipment(lathe, "LATHE-01-BARFEED", "Bar feeder of the lathe", spec("Bar feeder", 2, null, null));
    }

    private void loadAssembly(long assembly) {
        long weld01 = workCenter(assembly, "WELD-01", "Robotic welding cell", capacity("16", "75", 2, 20));
        long robot = equipment(weld01, "WELD-01-ROBOT", "6-axis arc welding robot", spec("Robot welder", 4, "0.6667", "90"));
        equipment(robot, "WELD-01-TORCH", "Torch cleaning station of the robot", spec("Torch cleaner", 2, null, null));
        equipment(weld01, "WELD-01-POSITIONER", "Two-station turntable positioner", spec("Welding positioner", 3, null, null));
        equipment(weld01, "WELD-01-FUME", "Fume extractor", spec("Fume extractor", 2, null, null));

        long lineA1 = node(PlantLevel.PRODUCTION_LINE, assembly, "LINE-A1", "Final assembly line 1", "Pump final assembly and test");
        equipment(lineA1, "LINE-A1-CONV", "Pallet conveyor", spec("Conveyor", 5, "2", "30"));
        long assy01 = workCenter(lineA1, "ASSY-01", "Assembly station 1", capacity("15", "95", 1, 10));
        equipment(assy01, "ASSY-01-PRESS", "Servo press for bearings", spec("Servo press", 4, "1.3333", "45"));
        equipment(assy01, "ASSY-01-NUTRUNNER", "Multi-spindle nutrunner", spec("Nutrunner", 3, "2", "30"));
        long assy02 = workCenter(lineA1, "ASSY-02", "Assembly and test station 2", capacity("15", "92", 1, 10));
        equipment(assy02, "ASSY-02-LEAKTEST", "Helium leak tester", spec("Leak tester", 5, "1", "60"));
        equipment(assy02, "ASSY-02-LASER", "Laser marker for serial numbers", spec("Laser marker", 2, "4", "15"));
    }

    private void loadPackaging(long packaging) {
        long lineP1 = node(PlantLevel.PRODUCTION_LINE, packaging, "LINE-P1", "Bottling line 1", "1 l bottles of floor cleaner");
        equipment(lineP1, "P1-DEPAL", "Bottle depalletizer", spec("Depalletizer", 3, "320", "0.1875"));
        long filler = equipment(lineP1, "P1-FILLER", "24-valve rotary filler", spec("Filler", 5, "300", "0.2"));
        equipment(filler, "P1-FILLER-CIP", "Clean-in-place unit of the filler", spec("CIP unit", 3, null, null));
        equipment(lineP1, "P1-CAPPER", "Screw capper", spec("Capper", 5, "300", "0.2"));
        equipment(lineP1, "P1-LABELER", "Wrap-around labeler", spec("Labeler", 4, "320", "0.1875"));
        equipment(lineP1, "P1-CASEPACKER", "Case packer, 12 bottles a case", spec("Case packer", 4, "25", "2.4"));
        equipment(lineP1, "P1-PALLETIZER", "Robot palletizer", spec("Palletizer", 3, "25", "2.4"));
        equipment(lineP1, "P1-WRAPPER", "Stretch wrapper", spec("Stretch wrapper", 2, "1", "60"));

        long lineP2 = node(PlantLevel.PRODUCTION_LINE, packaging, "LINE-P2", "Canning line 2", "500 ml cans of degreaser");
        equipment(lineP2, "P2-FILLER", "Can filler", spec("Filler", 5, "600", "0.1"));
        equipment(lineP2, "P2-SEAMER", "Can seamer", spec("Seamer", 5, "600", "0.1"));
        equipment(lineP2, "P2-TRAYPACKER", "Tray packer, 24 cans a tray", spec("Case packer", 4, "25", "2.4"));

        long pack01 = workCenter(packaging, "PACK-01", "Manual packing station", capacity("7.5", "100", 2, 5));
        equipment(pack01, "PACK-01-CHECKWEIGHER", "Checkweigher", spec("Checkweigher", 3, "40", "1.5"));
        equipment(pack01, "PACK-01-SEALER", "Case sealer", spec("Case sealer", 2, "20", "3"));
    }

    private long node(PlantLevel level, Long parentId, String code, String name, String description) {
        PlantNodeDto draft = draft(parentId, code, name);
        draft.setDescription(description);
        return create(level, draft);
    }

    private long workCenter(long parentId, String code, String name, WorkCenterCapacityDto capacity) {
        PlantNodeDto draft = draft(parentId, code, name);
        draft.setCapacity(capacity);
        return create(PlantLevel.WORK_CENTER, draft);
    }

    private long equipment(long parentId, String code, String name, EquipmentSpecDto spec) {
        PlantNodeDto draft = draft(parentId, code, name);
        draft.setEquipment(spec);
        return create(PlantLevel.EQUIPMENT, draft);
    }

    private static PlantNodeDto draft(Long parentId, String code, String name) {
        PlantNodeDto draft = new PlantNodeDto();
        draft.setParentId(parentId);
        draft.setCode(code);
        draft.setName(name);
        return draft;
    }

    private long create(PlantLevel level, PlantNodeDto draft) {
        long id = plant.create(level, draft).getId();
        created++;
        return id;
    }

    private static WorkCenterCapacityDto capacity(String hoursPerDay, String efficiencyPercent, int maxConcurrentJobs,
            int averageSetupMinutes) {
        WorkCenterCapacityDto capacity = new WorkCenterCapacityDto();
        capacity.setHoursPerDay(new BigDecimal(hoursPerDay));
        capacity.setEfficiencyPercent(new BigDecimal(efficiencyPercent));
        capacity.setMaxConcurrentJobs(maxConcurrentJobs);
        capacity.setAverageSetupMinutes(averageSetupMinutes);
        return capacity;
    }

    /** Target speed in units per minute and ideal cycle time in seconds per unit: one is 60 over the other. */
    private static EquipmentSpecDto spec(String equipmentType, int criticality, String targetSpeedPerMinute,
            String idealCycleTimeSeconds) {
        EquipmentSpecDto spec = new EquipmentSpecDto();
        spec.setEquipmentType(equipmentType);
        spec.setCriticality(criticality);
        spec.setTargetSpeedPerMinute(targetSpeedPerMinute == null ? null : new BigDecimal(targetSpeedPerMinute));
        spec.setIdealCycleTimeSeconds(idealCycleTimeSeconds == null ? null : new BigDecimal(idealCycleTimeSeconds));
        return spec;
    }
}
