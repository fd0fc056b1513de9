package org.openmes.oee.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.oee.model.IdealCycleTime;
import org.openmes.plant.model.PlantNode;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * OEE of a piece of equipment or a line for a window, or for the shift running on its line when no window is given.
 * Reads the minute records of the window's planned busy time (the line's time model); the most recent minutes are
 * recomputed first, so a running shift's figures are current ({@link OeeCalculator} computes them; this service guards
 * them). docs/oee.md states the formulas.
 */
@Stateless
@RequiresPermission(Permission.OEE_VIEW)
public class OeeService {
    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    private OeeCalculator calculator;

    public OeeDto equipment(Long equipmentId, Instant from, Instant to, String productCode) {
        return calculator.equipment(equipmentId, from, to, productCode);
    }

    public LineOeeDto line(Long lineId, Instant from, Instant to, String productCode) {
        return calculator.line(lineId, from, to, productCode);
    }

    @RequiresPermission(Permission.PLANT_EDIT)
    public IdealCycleTimeDto setIdealCycleTime(IdealCycleTimeDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "an ideal cycle time is required");
        }
        if (draft.equipmentId() == null) {
            throw new InvalidInputException("equipmentId", "is required");
        }
        PlantNode equipment = em.find(PlantNode.class, draft.equipmentId());
        if (equipment == null) {
            throw new InvalidInputException("equipmentId", "no plant node " + draft.equipmentId());
        }
        IdealCycleTime existing = draft.productCode() == null ? null : calculator.find(equipment, draft.productCode().trim());
        if (existing != null) {
            existing.change(draft.secondsPerUnit());
        } else {
            existing = new IdealCycleTime(equipment, draft.productCode(), draft.secondsPerUnit());
            em.persist(existing);
        }
        em.flush();
        return toDto(existing);
    }

    public List<IdealCycleTimeDto> idealCycleTimes(Long equipmentId) {
        if (equipmentId == null) {
            throw new InvalidInputException("equipmentId", "is required");
        }
        if (em.find(PlantNode.class, equipmentId) == null) {
            throw new NotFoundException("plant node", equipmentId);
        }
        return em.createQuery("select t from IdealCycleTime t where t.equipment.id = :equipment order by t.productCode",
                IdealCycleTime.class).setParameter("equipment", equipmentId).getResultList().stream().map(OeeService::toDto).toList();
    }

    private static IdealCycleTimeDto toDto(IdealCycleTime time) {
        return new IdealCycleTimeDto(time.getId(), time.getEquipment().getId(), time.getProductCode(), time.getSecondsPerUnit(),
                time.getVersion());
    }
}
