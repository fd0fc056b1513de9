package org.openmes.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.UnitOfMeasure;
import org.openmes.bom.model.VariantSelection;
import org.openmes.bom.service.BomLineDraft;
import org.openmes.bom.service.BomService;
import org.openmes.bom.service.PartDraft;
import org.openmes.bom.service.PartFilter;
import org.openmes.bom.service.PartService;
import org.openmes.bom.service.VariantDto;
import org.openmes.common.PageRequest;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.service.PlantNodeDto;
import org.openmes.plant.service.PlantNodeFilter;
import org.openmes.plant.service.PlantService;
import org.openmes.routing.service.OperationDto;
import org.openmes.routing.service.PartRoutingDto;
import org.openmes.routing.service.RoutingChange;
import org.openmes.routing.service.RoutingService;
import org.openmes.routing.service.RoutingTemplateDto;

/**
 * With the demo plant ({@code mes.demo-data.enabled}), loads Acme's centrifugal pump into an empty part master: the
 * routing templates "Standard machining", "Assembly only" and "Rush" on the demo plant's work centers, and the pump
 * P-1000 with a BOM three levels deep (pump → housing, shaft, bearings, screws; housing → casting; shaft → blank →
 * bar stock with a weighted variant) and routings created from the templates, one of them edited. Through the services, in one transaction;
 * skipped when any part exists or the demo plant's work centers are missing.
 */
@Startup
@Singleton
@DependsOn("DemoPlantLoader")
public class DemoPartsLoader {
    private static final Logger LOG = Logger.getLogger(DemoPartsLoader.class.getName());

    @EJB
    private PartService parts;

    @EJB
    private BomService boms;

    @EJB
    private RoutingService routings;

    @EJB
    private PlantService plant;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!ConfigProvider.getConfig().getOptionalValue(DemoPlantLoader.ENABLED, Boolean.class).orElse(false)) {
            return;
        }
        if (parts.list(PartFilter.ALL, new PageRequest(0, 1, null, true)).getTotal() > 0) {
            LOG.info("Demo parts not loaded: the part master has parts already");
            return;
        }
        List<PlantNodeDto> workCenters = plant.find(new PlantNodeFilter(PlantLevel.WORK_CENTER, null, true, null),
                new PageRequest(0, PageRequest.MAX_SIZE, null, true)).getItems();
        Long cnc1 = workCenter(workCenters, "CNC-01");
        Long cnc2 = workCenter(workCenters, "CNC-02");
        Long lathe = workCenter(workCenters, "LATHE-01");
        Long weld = workCenter(workCenters, "WELD-01");
        Long assy1 = workCenter(workCenters, "ASSY-01");
        Long assy2 = workCenter(workCenters, "ASSY-02");
        Long pack = workCenter(workCenters, "PACK-01");
        if (Stream.of(cnc1, cnc2, lathe, weld, assy1, assy2, pack).anyMatch(Objects::isNull)) {
            LOG.info("Demo parts not loaded: the demo plant's work centers are not all there");
            return;
        }
        long machining = template("Standard machining", "Mill, finish, turn; inspected at the end",
                op(10, "Rough milling", cnc1, "45", "6", false, true), op(20, "Finish milling", cnc2, "30", "4", false, false),
                op(30, "Turning", lathe, "30", "3", true, false));
        long assembly = template("Assembly only", "Weld, assemble, test and pack bought or machined parts",
                op(10, "Welding", weld, "20", "8", false, false), op(20, "Assembly", assy1, "10", "12", false, false),
                op(30, "Leak test and marking", assy2, "10", "5", true, false), op(40, "Packing", pack, "5", "2", false, false));
        template("Rush", "Short setups and overlapping operations for urgent orders",
                op(10, "Machining", cnc1, "15", "6", false, true), op(20, "Assembly", assy1, "5", "12", false, true),
                op(30, "Test", assy2, "5", "5", true, false));

        long pump = part("P-1000", "Centrifugal pump CP-50", UnitOfMeasure.EA, MakeOrBuy.MAKE, "420");
        long housing = part("HSG-200", "Pump housing, machined", UnitOfMeasure.EA, MakeOrBuy.MAKE, "95");
        long shaft = part("SHF-300", "Pump shaft, turned", UnitOfMeasure.EA, MakeOrBuy.MAKE, "38");
        long blank = part("BLK-300", "Shaft blank, sawn from bar", UnitOfMeasure.EA, MakeOrBuy.MAKE, "4.2");
        long bearing = part("BRG-6204", "Ball bearing 6204-2RS", UnitOfMeasure.EA, MakeOrBuy.BUY, "4.8");
        long screw = part("SCR-M8X25", "Hex screw M8x25, A2", UnitOfMeasure.EA, MakeOrBuy.BUY, "0.12");
        long casting = part("CAST-200", "Housing casting, grey iron", UnitOfMeasure.EA, MakeOrBuy.BUY, "41");
        long bar = part("BAR-42", "Steel bar 42 mm, C45", UnitOfMeasure.M, MakeOrBuy.BUY, "9.5");
        long barAlternate = part("BAR-42-B", "Steel bar 42 mm, C45, second mill", UnitOfMeasure.M, MakeOrBuy.BUY, "9.9");

        routings.createRouting(pump, assembly);
        routings.createRouting(housing, machining);
        PartRoutingDto shaftRouting = routings.createRouting(shaft, machining);
        // the shaft is only turned: its routing keeps the turning of the template and adds a check of the runout
        routings.changeRouting(shaft, new RoutingChange(shaftRouting.version(), List.of(
                op(30, "Turning", lathe, "30", "3", false, false), op(40, "Runout check", assy2, "0", "1.5", true, false))));

        line(pump, 10, housing, "1", "0", 20, VariantSelection.PRIMARY);
        line(pump, 20, shaft, "1", "0", 20, VariantSelection.PRIMARY);
        line(pump, 30, bearing, "2", "0", 20, VariantSelection.PRIMARY);
        line(pump, 40, screw, "8", "2", 20, VariantSelection.PRIMARY);
        line(housing, 10, casting, "1", "0", 10, VariantSelection.PRIMARY);
        line(shaft, 10, blank, "1", "0", 30, VariantSelection.PRIMARY);
        line(blank, 10, bar, "0.35", "5", null, VariantSelection.WEIGHTED,
                new VariantDto(null, bar, null, null, new BigDecimal("80"), true),
                new VariantDto(null, barAlternate, null, null, new BigDecimal("20"), false));
        LOG.info("Demo parts loaded: 9 parts, 3 routing templates, pump P-1000 with a three-level BOM");
    }

    private static Long workCenter(List<PlantNodeDto> workCenters, String code) {
        return workCenters.stream().filter(w -> w.getCode().equals(code)).map(PlantNodeDto::getId).findFirst().orElse(null);
    }

    private static OperationDto op(int sequence, String name, long workCenter, String setup, String run, boolean check,
            boolean overlap) {
        return new OperationDto(null, sequence, name, workCenter, null, null, new BigDecimal(setup), new BigDecimal(run),
                check, overlap);
    }

    private long template(String name, String description, OperationDto... operations) {
        return routings.createTemplate(new RoutingTemplateDto(null, name, description, null, List.of(operations))).id();
    }

    private long part(String number, String description, UnitOfMeasure unit, MakeOrBuy makeOrBuy, String cost) {
        return parts.create(new PartDraft(number, "A", description, unit, makeOrBuy, "Pumps", new BigDecimal(cost), null,
                false, null)).id();
    }

    private void line(long parent, int position, long component, String quantity, String scrap, Integer operation,
            VariantSelection selection, VariantDto... variants) {
        boms.addLine(parent, new BomLineDraft(position, component, new BigDecimal(quantity), null, new BigDecimal(scrap),
                operation, null, null, selection, new ArrayList<>(List.of(variants)), null));
    }
}
