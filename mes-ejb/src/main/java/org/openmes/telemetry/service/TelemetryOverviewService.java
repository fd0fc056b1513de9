package org.openmes.telemetry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.openmes.plant.model.Equipment;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/** The telemetry of every piece of equipment with mapped signals, for the telemetry status page. */
@Stateless
@RequiresPermission(Permission.TELEMETRY_VIEW)
public class TelemetryOverviewService {

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @EJB
    private TelemetryConfigService telemetry;

    @EJB
    private FaultCatalogService faults;

    /** Every piece of equipment with a mapped signal, by code, with its newest {@code events} (1..1000) edge events. */
    public List<EquipmentTelemetryDto> equipment(int events) {
        List<Equipment> mapped = em.createQuery("select distinct m.equipment from SignalMapping m", Equipment.class)
                .getResultList();
        return mapped.stream()
                .sorted(java.util.Comparator.comparing(equipment -> equipment.getCode().value()))
                .map(equipment -> new EquipmentTelemetryDto(equipment.getId(), equipment.getCode().value(), equipment.getName(),
                        telemetry.currentValues(equipment.getId()), telemetry.edgeEvents(equipment.getId(), events),
                        faults.entries(equipment.getId())))
                .toList();
    }
}
