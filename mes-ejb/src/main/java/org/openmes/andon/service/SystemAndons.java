package org.openmes.andon.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.logging.Logger;
import org.openmes.andon.model.AndonCall;
import org.openmes.andon.model.AndonKind;
import org.openmes.andon.model.AndonSource;
import org.openmes.andon.model.AndonStatus;
import org.openmes.common.persistence.Caller;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.PlantNode;
import org.openmes.telemetry.events.EdgeEvent;
import org.openmes.telemetry.events.FaultDefinition;

/**
 * Calls the MES raises by itself: for a raised fault bit the fault catalog knows ({@link FaultAndonObserver}) a FAULT
 * call on the equipment's line with the catalog's andon priority, unless that fault already has an unresolved call;
 * for a checklist answer out of limits where the item says so, a QUALITY call on the job's line. Not a guarded
 * service: the fault's work has no caller, and the checklist's is part of filling in the checklist. Joins the
 * caller's transaction, or starts one (the fault observer runs after the ingest's has ended).
 */
@ApplicationScoped
public class SystemAndons {
    private static final Logger LOG = Logger.getLogger(SystemAndons.class.getName());

    @PersistenceContext(unitName = "mes")
    private EntityManager entityManager;

    @Inject
    private Escalations escalations;

    /** Opens the call for {@code fault}. */
    @Transactional
    public void raiseForFault(FaultDefinition fault, EdgeEvent event) {
        PlantNode node = entityManager.find(PlantNode.class, fault.equipmentId());
        while (node != null && node.getLevel() != PlantLevel.PRODUCTION_LINE) {
            node = node.getParent();
        }
        if (node == null) {
            LOG.warning(() -> "Fault " + fault.code() + " of equipment " + fault.equipmentId() + " raised no andon: the equipment is on no line");
            return;
        }
        boolean open = !entityManager.createQuery("select c.id from AndonCall c where c.equipmentId = :equipment and c.faultCode = :code"
                        + " and c.status <> :resolved", Long.class).setParameter("equipment", fault.equipmentId()).setParameter("code", fault.code())
                .setParameter("resolved", AndonStatus.RESOLVED).setMaxResults(1).getResultList().isEmpty();
        if (open) {
            return;
        }
        AndonCall call = new AndonCall(node.getId(), fault.equipmentId(), AndonKind.FAULT, fault.andonPriority(), AndonSource.FAULT,
                fault.text(), fault.code(), Caller.SYSTEM, event.occurredAt());
        AndonCalls.open(entityManager, escalations, call);
    }

    /** Opens a QUALITY call on line {@code lineId} for a checklist answered out of limits, raised by whoever filled it in. */
    @Transactional
    public void raiseForChecklist(long lineId, String description, String raisedBy) {
        AndonCall call = new AndonCall(lineId, null, AndonKind.QUALITY, null, AndonSource.CHECKLIST, description, null, raisedBy,
                Instant.now());
        AndonCalls.open(entityManager, escalations, call);
    }
}
