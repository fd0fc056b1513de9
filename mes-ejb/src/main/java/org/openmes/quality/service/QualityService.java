package org.openmes.quality.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmes.audit.model.Actor;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.StaleVersionException;
import org.openmes.common.persistence.Writes;
import org.openmes.orders.model.MoBatch;
import org.openmes.orders.model.MoBatchOperation;
import org.openmes.orders.model.OperationStatus;
import org.openmes.orders.model.TravelerCode;
import org.openmes.plant.model.PlantCode;
import org.openmes.quality.model.InspectionResult;
import org.openmes.quality.model.QualityInspection;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Quality inspections of batch operations whose routing step has a quality check. The inspector (the caller: a
 * signed-in user, or an operator at a kiosk, with the kiosk) records PASS, FAIL or REWORK on the units an operation
 * awaits inspection with; the inspection and the operation's new state are written in one transaction, against the
 * version of the operation the inspector saw, so two verdicts on the same units never both count (the second is a
 * 409). The rules are the entities' ({@link QualityInspection}, {@link MoBatchOperation}).
 */
@Stateless
@RequiresPermission(Permission.QUALITY_VIEW)
public class QualityService {
    private static final String RECORD_TYPE = "batch operation";
    /** The longest QC queue returned: far more than an inspector works through in a shift. */
    public static final int MAX_QUEUE = 200;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    /** Records the caller's verdict on the units batch operation {@code batchOperationId} awaits inspection with. */
    @RequiresPermission(Permission.QUALITY_INSPECT)
    public InspectionDto record(long batchOperationId, InspectionRequest request) {
        if (request == null) {
            throw new InvalidInputException(null, "an inspection is required");
        }
        MoBatchOperation operation = load(batchOperationId);
        if (request.getVersion() == null) {
            throw new InvalidInputException("version", "is required: send the version of the batch operation you inspected");
        }
        if (request.getVersion() != operation.getVersion()) {
            throw new StaleVersionException(RECORD_TYPE, batchOperationId, request.getVersion(), operation.getVersion());
        }
        Actor inspector = Actor.ofCaller();
        QualityInspection inspection = new QualityInspection(operation, InspectionResult.parse("result", request.getResult()),
                request.getQuantityRejected(), request.getDefectReason(), request.getMeasurement(), request.getNotes(),
                inspector.name(), inspector.kiosk(), Instant.now());
        em.persist(inspection);
        Writes.flushRecord(em, operation.toString(), null);
        return dto(inspection);
    }

    /** The inspections of batch operation {@code batchOperationId}, oldest first. */
    public List<InspectionDto> ofOperation(long batchOperationId) {
        MoBatchOperation operation = load(batchOperationId);
        return em.createQuery("select i from QualityInspection i where i.batchOperation = :operation"
                        + " order by i.inspectedAt, i.id", QualityInspection.class)
                .setParameter("operation", operation).setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                .map(QualityService::dto).toList();
    }

    /** The inspections of every operation of batch {@code batchId}, by operation, oldest first. */
    public List<InspectionDto> ofBatch(long batchId) {
        MoBatch batch = em.find(MoBatch.class, batchId);
        if (batch == null) {
            throw new NotFoundException("batch", batchId);
        }
        return em.createQuery("select i from QualityInspection i join i.batchOperation o where o.batch = :batch"
                        + " order by o.operation.sequence, i.inspectedAt, i.id", QualityInspection.class)
                .setParameter("batch", batch).setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                .map(QualityService::dto).toList();
    }

    /**
     * The QC queue: operations awaiting inspection, at work center {@code workCenterId} or everywhere when null,
     * most urgent order first (priority, due date), then in the order the operations were completed.
     */
    public List<AwaitingInspectionDto> queue(Long workCenterId) {
        TypedQuery<Object[]> query = em.createQuery("select o, p.partNumber, p.revision, n.code from MoBatchOperation o"
                        + " join o.operation op join o.batch b join b.order m, Part p, PlantNode n"
                        + " where p.id = m.partId and n.id = op.workCenterId and o.status = :awaiting"
                        + (workCenterId == null ? "" : " and op.workCenterId = :workCenter")
                        + " order by m.priority, m.dueDate, o.updatedAt, o.id", Object[].class)
                .setParameter("awaiting", OperationStatus.AWAITING_INSPECTION)
                .setFlushMode(FlushModeType.COMMIT).setMaxResults(MAX_QUEUE);
        if (workCenterId != null) {
            query.setParameter("workCenter", workCenterId);
        }
        List<Object[]> rows = query.getResultList();
        Map<Long, Integer> inspected = inspectionCounts(rows.stream().map(r -> ((MoBatchOperation) r[0]).getId()).toList());
        return rows.stream().map(row -> {
            MoBatchOperation o = (MoBatchOperation) row[0];
            MoBatch batch = o.getBatch();
            LocalDate due = batch.getOrder().getDueDate();
            return new AwaitingInspectionDto(o.getId(), TravelerCode.operation(o.getId()).text(), batch.getId(),
                    batch.getBatchNo(), batch.getOrder().getId(), batch.getOrder().getNumber(), row[1] + " rev. " + row[2],
                    batch.getOrder().getPriority(), due, o.getOperation().getSequence(), o.getOperation().getName(),
                    o.getOperation().getWorkCenterId(), ((PlantCode) row[3]).value(), o.getGoodQuantity(),
                    o.getScrapQuantity(), inspected.getOrDefault(o.getId(), 0), o.getUpdatedAt(), o.getVersion());
        }).toList();
    }

    private Map<Long, Integer> inspectionCounts(List<Long> operationIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!operationIds.isEmpty()) {
            em.createQuery("select i.batchOperation.id, count(i) from QualityInspection i"
                            + " where i.batchOperation.id in :ids group by i.batchOperation.id", Object[].class)
                    .setParameter("ids", operationIds).setFlushMode(FlushModeType.COMMIT).getResultList()
                    .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        }
        return counts;
    }

    private MoBatchOperation load(long id) {
        MoBatchOperation operation = em.find(MoBatchOperation.class, id);
        if (operation == null) {
            throw new NotFoundException(RECORD_TYPE, id);
        }
        return operation;
    }

    private static InspectionDto dto(QualityInspection i) {
        MoBatchOperation o = i.getBatchOperation();
        MoBatch batch = o.getBatch();
        return new InspectionDto(i.getId(), o.getId(), batch.getId(), batch.getOrder().getNumber(), batch.getBatchNo(),
                o.getOperation().getSequence(), o.getOperation().getName(), i.getResult(), i.getQuantityInspected(),
                i.getQuantityAccepted(), i.getQuantityRejected(), i.getDefectReason(), i.getMeasurement(), i.getNotes(),
                i.getInspector(), i.getKioskCode(), i.getInspectedAt(), o.getStatus(), o.getVersion());
    }
}
