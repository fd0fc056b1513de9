package org.openmes.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openmes.common.shopfloor.AndonPriority;
import org.openmes.common.shopfloor.DowntimeCategory;
import org.openmes.telemetry.model.EquipmentSignal;
import org.openmes.telemetry.model.FaultSeverity;
import org.openmes.telemetry.model.TagDataType;
import org.openmes.telemetry.service.FaultCatalogEntryDto;
import org.openmes.telemetry.service.FaultCatalogService;
import org.openmes.telemetry.service.PlcConnectionDto;
import org.openmes.telemetry.service.PlcTagDto;
import org.openmes.telemetry.service.SignalMappingDto;
import org.openmes.telemetry.service.TelemetryConfigService;

/**
 * Points the demo plant at the line simulator (module plc-simulator) when {@code mes.demo-data.enabled} is true and
 * {@code mes.telemetry.demo.simulator-port} names the port it listens on (the run command and the integration tests
 * start it): PLC connection {@value #PLC} with the simulator's tags, its bagger standing in for the case packer
 * {@value #BAGGER} of bottling line 1 and its basket loader for the palletizer {@value #LOADER}, each with a fault
 * catalog for the faults the simulator plays (the bagger's jam is bit 3). Created once; on later starts only its
 * connection string follows the simulator's port, the rest is left as the user edited it (a catalog is added only to
 * a machine that has none).
 */
@Startup
@Singleton
@DependsOn("DemoPlantLoader")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoTelemetryLoader {
    private static final Logger LOG = Logger.getLogger(DemoTelemetryLoader.class.getName());
    static final String PLC = "LINE-P1-PLC";
    static final String BAGGER = "P1-CASEPACKER";
    static final String LOADER = "P1-PALLETIZER";
    /** Holding-register base of the simulator's basket loader (RegisterMap.LOADER). */
    private static final int LOADER_BASE = 100;
    /** Register offset of the bagger's target count (RegisterMap.TARGET_COUNT), which the MES writes. */
    private static final int TARGET_COUNT = 16;

    @EJB
    private TelemetryConfigService telemetry;

    @EJB
    private FaultCatalogService faults;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @PostConstruct
    void load() {
        var config = ConfigProvider.getConfig();
        int port = config.getOptionalValue("mes.telemetry.demo.simulator-port", Integer.class).orElse(0);
        if (!config.getOptionalValue(DemoPlantLoader.ENABLED, Boolean.class).orElse(false) || port <= 0) {
            return;
        }
        String connectionString = "modbus-tcp://127.0.0.1:" + port;
        var existing = telemetry.connections().stream().filter(connection -> connection.getCode().equals(PLC)).findFirst();
        Long bagger = equipmentId(BAGGER);
        Long loader = equipmentId(LOADER);
        if (existing.isPresent()) {
            // the run command's simulator takes a free port each time: follow it
            if (!existing.get().getConnectionString().equals(connectionString)) {
                telemetry.changeConnectionString(PLC, connectionString);
                LOG.info(() -> "Demo telemetry: " + PLC + " now polls the line simulator on port " + port);
            }
            faultCatalogs(bagger, loader);
            return;
        }
        if (bagger == null || loader == null) {
            LOG.warning(() -> "Demo telemetry not loaded: the demo plant has no " + BAGGER + " or " + LOADER);
            return;
        }
        PlcConnectionDto plc = new PlcConnectionDto();
        plc.setCode(PLC);
        plc.setName("Line simulator (bagger and basket loader)");
        plc.setConnectionString(connectionString);
        plc.setScanClasses("fast=250,normal=1000");
        plc.setRequestTimeoutMillis(1000);
        telemetry.createConnection(plc);
        machine("bagger", 0, "holding-register:13:LINT", TagDataType.LONG, bagger);
        machine("loader", LOADER_BASE, "holding-register:" + (LOADER_BASE + 13) + ":WORD", TagDataType.INT, loader);
        PlcConnectionDto withTags = telemetry.connection(PLC);
        withTags.setHeartbeatTag("bagger.heartbeat"); // a heartbeat must be one of the connection's tags
        telemetry.updateConnection(PLC, withTags);
        // the one tag the MES writes: the bagger's target count (simulator register TARGET_COUNT)
        PlcTagDto target = draft("bagger.target", register(0, TARGET_COUNT, "UDINT"), TagDataType.LONG, "normal", 0, null);
        target.setWritable(true);
        telemetry.addTag(PLC, target);
        faultCatalogs(bagger, loader);
        LOG.info(() -> "Demo telemetry: " + PLC + " polls the line simulator on port " + port);
    }

    private void machine(String prefix, int base, String faultAddress, TagDataType faultType, long equipmentId) {
        map(equipmentId, EquipmentSignal.STATE, tag(prefix + ".state", register(base, 0, "UINT"), TagDataType.INT, "fast", 0, null));
        map(equipmentId, EquipmentSignal.RUNNING, tag(prefix + ".running", "coil:" + (base == 0 ? 1 : 2), TagDataType.BOOL, "fast", 0, null));
        map(equipmentId, EquipmentSignal.SPEED, tag(prefix + ".speed", register(base, 1, "UINT"), TagDataType.INT, "normal", 0, "1/min"));
        map(equipmentId, EquipmentSignal.GOOD_COUNT, tag(prefix + ".good", register(base, 2, "UDINT"), TagDataType.LONG, "normal", 0, null));
        map(equipmentId, EquipmentSignal.REJECT_COUNT, tag(prefix + ".reject", register(base, 4, "UDINT"), TagDataType.LONG, "normal", 0, null));
        map(equipmentId, EquipmentSignal.TOTAL_COUNT, tag(prefix + ".total", register(base, 6, "UDINT"), TagDataType.LONG, "normal", 0, null));
        map(equipmentId, EquipmentSignal.ENERGY_KWH, tag(prefix + ".energy", register(base, 8, "REAL"), TagDataType.REAL, "normal", 0.001, "kWh"));
        tag(prefix + ".heartbeat", register(base, 10, "UINT"), TagDataType.INT, "normal", 0, null);
        map(equipmentId, EquipmentSignal.FAULT_WORD, tag(prefix + ".faults", faultAddress, faultType, "fast", 0, null));
    }

    /** The faults the simulator's machines raise (bagger: 64 bits, jam = bit 3; loader: 16 bits). */
    private void faultCatalogs(Long bagger, Long loader) {
        if (bagger != null && faults.entries(bagger).isEmpty()) {
            fault(bagger, 0, "ESTOP", "Emergency stop pressed", FaultSeverity.CRITICAL, DowntimeCategory.UNPLANNED, AndonPriority.CRITICAL);
            fault(bagger, 1, "GUARD-OPEN", "Safety guard door open", FaultSeverity.STOP, DowntimeCategory.UNPLANNED, AndonPriority.HIGH);
            fault(bagger, 2, "FILM-EMPTY", "Film roll empty", FaultSeverity.STOP, DowntimeCategory.MATERIAL, AndonPriority.MEDIUM);
            fault(bagger, 3, "JAM", "Film jam in sealing jaws", FaultSeverity.STOP, DowntimeCategory.UNPLANNED, AndonPriority.HIGH);
            fault(bagger, 4, "SEAL-TEMP", "Sealing jaw temperature out of range", FaultSeverity.STOP, DowntimeCategory.QUALITY,
                    AndonPriority.HIGH);
            fault(bagger, 5, "NO-PRODUCT", "No product from the infeed", FaultSeverity.WARNING, DowntimeCategory.MATERIAL,
                    AndonPriority.LOW);
            fault(bagger, 6, "DRIVE-OVERLOAD", "Main drive overload", FaultSeverity.STOP, DowntimeCategory.MAINTENANCE,
                    AndonPriority.HIGH);
            fault(bagger, 63, "PLC-BATTERY", "PLC battery low", FaultSeverity.WARNING, DowntimeCategory.MAINTENANCE, AndonPriority.LOW);
        }
        if (loader != null && faults.entries(loader).isEmpty()) {
            fault(loader, 0, "ESTOP", "Emergency stop pressed", FaultSeverity.CRITICAL, DowntimeCategory.UNPLANNED, AndonPriority.CRITICAL);
            fault(loader, 1, "NO-BASKET", "No basket at the loading position", FaultSeverity.STOP, DowntimeCategory.MATERIAL,
                    AndonPriority.MEDIUM);
            fault(loader, 2, "BASKET-JAM", "Basket jammed on the transfer", FaultSeverity.STOP, DowntimeCategory.UNPLANNED,
                    AndonPriority.HIGH);
            fault(loader, 3, "LIGHT-CURTAIN", "Light curtain interrupted", FaultSeverity.STOP, DowntimeCategory.UNPLANNED,
                    AndonPriority.MEDIUM);
        }
    }

    private void fault(long equipmentId, int bit, String code, String text, FaultSeverity severity, DowntimeCategory category,
                       AndonPriority priority) {
        faults.create(equipmentId, new FaultCatalogEntryDto(null, equipmentId, bit, code, text, severity, category, priority, null));
    }

    private static String register(int base, int offset, String type) {
        return "holding-register:" + (base + offset + 1) + ":" + type; // PLC4X counts registers from 1
    }

    private long tag(String name, String address, TagDataType type, String scanClass, double deadband, String unit) {
        return telemetry.addTag(PLC, draft(name, address, type, scanClass, deadband, unit)).getId();
    }

    private static PlcTagDto draft(String name, String address, TagDataType type, String scanClass, double deadband, String unit) {
        PlcTagDto tag = new PlcTagDto();
        tag.setName(name);
        tag.setAddress(address);
        tag.setDataType(type);
        tag.setScanClass(scanClass);
        tag.setDeadband(deadband);
        tag.setUnit(unit);
        return tag;
    }

    private void map(long equipmentId, EquipmentSignal signal, long tagId) {
        SignalMappingDto mapping = new SignalMappingDto();
        mapping.setEquipmentId(equipmentId);
        mapping.setSignal(signal);
        mapping.setTagId(tagId);
        telemetry.mapSignal(mapping);
    }

    private Long equipmentId(String code) {
        return em.createQuery("select n.id from Equipment n where n.code = :code", Long.class)
                .setParameter("code", new org.openmes.plant.model.PlantCode(code))
                .getResultStream().findFirst().orElse(null);
    }
}
