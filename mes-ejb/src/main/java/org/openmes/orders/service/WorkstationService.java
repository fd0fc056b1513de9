package org.openmes.orders.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmes.audit.model.Actor;
import org.openmes.audit.model.ActorKind;
import org.openmes.bom.model.BomLine;
import org.openmes.bom.model.Part;
import org.openmes.bom.model.VariantSelection;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.persistence.Writes;
import org.openmes.kiosk.model.Kiosk;
import org.openmes.orders.model.BatchStatus;
import org.openmes.orders.model.MaterialChoice;
import org.openmes.orders.model.MoBatch;
import org.openmes.orders.model.MoBatchOperation;
import org.openmes.orders.model.MoStatus;
import org.openmes.orders.model.OperationConfirmation;
import org.openmes.orders.model.OperationStatus;
import org.openmes.orders.model.TravelerCode;
import org.openmes.orders.model.Workstation;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Execution at the workstation: the queue of batch operations at a work center (or at the work centers of the
 * caller's kiosk), one operation by id or by the traveler code a scanner typed, and the confirmations start, pause,
 * resume and (partial or final) complete. Each confirmation names the operator (the kiosk's operator or the
 * signed-in user), the kiosk and its place, and is written with the operation's new state in one transaction;
 * the client sends the version it saw, and of two confirmations of one version only the first is kept — the
 * other is a 409, so nothing is counted twice. At a kiosk, only operations of the kiosk's work centers are
 * confirmed. Where a BOM line consumed at the operation leaves the material to the operator, the operator chooses
 * one of its variants before the start.
 */
@Stateless
@RequiresPermission(Permission.JOB_VIEW)
public class WorkstationService {
    static final String RECORD_TYPE = "batch operation";
    /** The longest queue returned: a work center's next few shifts, far more than a kiosk shows. */
    public static final int MAX_QUEUE = 200;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    PartCatalog parts;

    @Inject
    OrderViews views;

    /**
     * The open operations of released batches at work center {@code workCenterId}, or, when null, at the work
     * centers of the caller's kiosk.
     */
    public WorkstationQueueDto queue(Long workCenterId) {
        String kioskCode = workCenterId == null ? kioskCode() : null;
        List<Long> workCenters;
        if (workCenterId != null) {
            workCenters = List.of(workCenterId);
        } else if (kioskCode != null) {
            workCenters = kioskWorkCenters(kioskCode, "workCenterId");
        } else {
            throw new InvalidInputException("workCenterId", "is required away from a kiosk");
        }
        List<MoBatchOperation> open = em.createQuery("select o from MoBatchOperation o join fetch o.operation op"
                        + " join fetch o.batch b join fetch b.order m where op.workCenterId in :workCenters"
                        + " and o.status <> :completed and b.status in :openBatches and m.status in :openOrders"
                        + " order by m.priority, m.dueDate, m.number, b.batchNo, op.sequence", MoBatchOperation.class)
                .setParameter("workCenters", workCenters).setParameter("completed", OperationStatus.COMPLETED)
                .setParameter("openBatches", List.of(BatchStatus.RELEASED, BatchStatus.IN_PROGRESS))
                .setParameter("openOrders", List.of(MoStatus.RELEASED, MoStatus.IN_PROGRESS))
                .setFlushMode(FlushModeType.COMMIT).setMaxResults(MAX_QUEUE).getResultList();
        Map<Long, String> codes = views.workCenterCodes(workCenters);
        Map<Long, PartFacts> facts = parts.facts(open.stream().map(o -> o.getBatch().getOrder().getPartId()).distinct().toList());
        List<WorkstationOperationDto> operations = open.stream().map(o -> dto(o, facts, codes, List.of(), List.of()))
                .sorted(Comparator.comparingInt(WorkstationService::urgency)).toList();
        return new WorkstationQueueDto(kioskCode, workCenters.stream()
                .map(id -> new WorkstationQueueDto.WorkCenterRef(id, codes.get(id))).toList(), operations);
    }

    public WorkstationOperationDto get(long id) {
        return view(load(id));
    }

    /**
     * The operation a scanned traveler code points at: {@code MES-OP-<id>} that operation; {@code MES-BATCH-<id>} the
     * batch's first operation not yet completed (at a kiosk: among those of the kiosk's work centers).
     */
    public WorkstationOperationDto scan(String code) {
        TravelerCode scanned = TravelerCode.parse("code", code);
        if (scanned.kind() == TravelerCode.Kind.OPERATION) {
            return view(load(scanned.id()));
        }
        MoBatch batch = em.find(MoBatch.class, scanned.id());
        if (batch == null) {
            throw new NotFoundException("batch", scanned.id());
        }
        String kioskCode = kioskCode();
        List<Long> workCenters = kioskCode == null ? null : kioskWorkCenters(kioskCode, "code");
        return batch.getOperations().stream()
                .filter(o -> o.getStatus() != OperationStatus.COMPLETED)
                .filter(o -> workCenters == null || workCenters.contains(o.getOperation().getWorkCenterId()))
                .min(Comparator.comparingInt(o -> o.getOperation().getSequence()))
                .map(this::view)
                .orElseThrow(() -> new ConflictException("code", batch + " has no operation left to do"
                        + (kioskCode == null ? "" : " at kiosk " + kioskCode)));
    }

    /** Starts the operation; where a BOM line consumed at it leaves the material to the operator, once it is chosen. */
    @RequiresPermission(Permission.JOB_EXECUTE)
    public WorkstationOperationDto start(long id, Long version) {
        return confirm(id, version, (op, at, now) -> {
            if (op.startRefusal() == null) {
                requireMaterialsChosen(op);
            }
            return op.start(at, now);
        });
    }

    /**
     * Chooses the material of BOM line {@code bomLineId} for the operation: the line must be consumed at the
     * operation and leave the choice to the operator, the material one of its variants; until the operation is
     * completed a new choice replaces the earlier one.
     */
    @RequiresPermission(Permission.JOB_EXECUTE)
    public WorkstationOperationDto chooseMaterial(long id, Long bomLineId, Long materialId) {
        MoBatchOperation operation = load(id);
        if (bomLineId == null) {
            throw new InvalidInputException("bomLineId", "is required");
        }
        if (materialId == null) {
            throw new InvalidInputException("materialId", "is required");
        }
        if (operation.getStatus() == OperationStatus.COMPLETED) {
            throw new ConflictException("status", "cannot choose the material of " + operation + ": it is completed");
        }
        Workstation at = workstationFor(operation);
        WorkstationOperationDto.MaterialChoiceDto line = materialChoices(operation).stream()
                .filter(l -> l.bomLineId().equals(bomLineId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("bomLineId", "BOM line " + bomLineId
                        + " leaves no material to choose at " + operation));
        if (line.options().stream().noneMatch(o -> o.materialId().equals(materialId))) {
            throw new InvalidInputException("materialId", "part " + materialId + " is no variant of BOM line "
                    + line.position() + " (" + line.componentPartNumber() + "); choose one of " + labels(line));
        }
        Instant now = Instant.now();
        MaterialChoice chosen = chosenOf(operation).get(bomLineId);
        if (chosen == null) {
            em.persist(new MaterialChoice(operation, bomLineId, materialId, at, now));
        } else {
            chosen.change(materialId, at, now);
        }
        Writes.flushRecord(em, "the material of BOM line " + line.position() + " at " + operation,
                () -> new ConflictException("bomLineId", "the material of BOM line " + line.position() + " at "
                        + operation + " was chosen by someone else at the same time; reload it"));
        return view(operation);
    }

    @RequiresPermission(Permission.JOB_EXECUTE)
    public WorkstationOperationDto pause(long id, Long version) {
        return confirm(id, version, (op, at, now) -> op.pause(at, now));
    }

    @RequiresPermission(Permission.JOB_EXECUTE)
    public WorkstationOperationDto resume(long id, Long version) {
        return confirm(id, version, (op, at, now) -> op.resume(at, now));
    }

    /** Reports good and scrap units made since the last report; {@code partial} leaves the operation running. */
    @RequiresPermission(Permission.JOB_EXECUTE)
    public WorkstationOperationDto complete(long id, Long version, BigDecimal good, BigDecimal scrap, boolean partial) {
        return confirm(id, version, (op, at, now) -> op.complete(good, scrap, partial, at, now));
    }

    /** One confirmation step of the entity. */
    @FunctionalInterface
    private interface Step {
        OperationConfirmation apply(MoBatchOperation operation, Workstation at, Instant now);
    }

    private WorkstationOperationDto confirm(long id, Long version, Step step) {
        MoBatchOperation operation = load(id);
        Versions.check(RECORD_TYPE, id, version, operation.getVersion());
        Workstation at = workstationFor(operation);
        em.persist(step.apply(operation, at, Instant.now()));
        Writes.flushRecord(em, operation.toString(), null);
        return view(operation);
    }

    /** The caller as operator; at a kiosk, which must serve the operation's work center, also the kiosk and its place. */
    private Workstation workstationFor(MoBatchOperation operation) {
        Actor actor = Actor.ofCaller();
        if (actor.kind() != ActorKind.OPERATOR) {
            return new Workstation(actor.name(), null, null);
        }
        Kiosk kiosk = kiosk(actor.kiosk());
        List<Long> workCenters = kioskWorkCenters(kiosk, "workCenterId");
        Long workCenter = operation.getOperation().getWorkCenterId();
        if (!workCenters.contains(workCenter)) {
            Map<Long, String> codes = views.workCenterCodes(List.of(workCenter));
            throw new ConflictException("workCenterId", operation + " is done at work center " + codes.get(workCenter)
                    + ", which kiosk " + kiosk.getCode() + " does not serve");
        }
        return new Workstation(actor.name(), kiosk.getCode(), kiosk.getPlantNodeId());
    }

    private void requireMaterialsChosen(MoBatchOperation operation) {
        for (WorkstationOperationDto.MaterialChoiceDto line : materialChoices(operation)) {
            if (line.chosenMaterialId() == null) {
                throw new ConflictException("materialChoices", "choose the material of BOM line " + line.position()
                        + " (" + line.componentPartNumber() + ") before starting " + operation + ": one of " + labels(line));
            }
        }
    }

    private static String labels(WorkstationOperationDto.MaterialChoiceDto line) {
        return String.join(", ", line.options().stream().map(WorkstationOperationDto.MaterialOptionDto::partNumber).toList());
    }

    /**
     * The lines of the part's BOM, effective today, consumed at this operation and leaving the material to the
     * operator, in position order, with the choice made for this batch operation.
     */
    private List<WorkstationOperationDto.MaterialChoiceDto> materialChoices(MoBatchOperation operation) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<BomLine> lines = em.createQuery("select l from BomLine l where l.parent.id = :part"
                        + " and l.variantSelection = :choice and l.operationSequence = :sequence order by l.position", BomLine.class)
                .setParameter("part", operation.getBatch().getOrder().getPartId())
                .setParameter("choice", VariantSelection.OPERATOR_CHOICE)
                .setParameter("sequence", operation.getOperation().getSequence())
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        Map<Long, MaterialChoice> chosen = chosenOf(operation);
        return lines.stream().filter(l -> l.isEffectiveOn(today)).map(l -> {
            MaterialChoice choice = chosen.get(l.getId());
            return new WorkstationOperationDto.MaterialChoiceDto(l.getId(), l.getPosition(), label(l.getComponent()),
                    l.getQuantityPer(), l.getVariants().stream().map(v -> new WorkstationOperationDto.MaterialOptionDto(
                            v.getMaterial().getId(), label(v.getMaterial()))).toList(),
                    choice == null ? null : choice.getMaterialPartId(), choice == null ? null : choice.getChosenBy());
        }).toList();
    }

    private Map<Long, MaterialChoice> chosenOf(MoBatchOperation operation) {
        Map<Long, MaterialChoice> chosen = new HashMap<>();
        em.createQuery("select c from MaterialChoice c where c.batchOperation = :operation", MaterialChoice.class)
                .setParameter("operation", operation).setFlushMode(FlushModeType.COMMIT).getResultList()
                .forEach(c -> chosen.put(c.getBomLineId(), c));
        return chosen;
    }

    private static String label(Part part) {
        return part.getPartNumber().value() + " rev. " + part.getRevision();
    }

    private static String kioskCode() {
        return Actor.ofCaller().kiosk();
    }

    private Kiosk kiosk(String code) {
        return em.createQuery("select k from Kiosk k where k.code = :code", Kiosk.class).setParameter("code", code)
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("kiosk", code));
    }

    private List<Long> kioskWorkCenters(String kioskCode, String field) {
        return kioskWorkCenters(kiosk(kioskCode), field);
    }

    /**
     * The work centers a kiosk serves: the one it is placed at (or whose equipment it is placed at), else every
     * active work center under its place (a kiosk for a line or an area).
     */
    @SuppressWarnings("unchecked")
    private List<Long> kioskWorkCenters(Kiosk kiosk, String field) {
        if (kiosk.getPlantNodeId() == null) {
            throw new ConflictException(field, "kiosk " + kiosk.getCode() + " is not placed in the plant; ask to place it at a work center");
        }
        List<Number> above = em.createNativeQuery("with recursive up (id, parent_id, level) as ("
                        + " select id, parent_id, level from plant_node where id = ?1"
                        + " union all select p.id, p.parent_id, p.level from plant_node p join up on p.id = up.parent_id)"
                        + " select id from up where level = 'WORK_CENTER'")
                .setParameter(1, kiosk.getPlantNodeId()).setFlushMode(FlushModeType.COMMIT).getResultList();
        List<Number> found = !above.isEmpty() ? above : em.createNativeQuery("with recursive down (id, level, active) as ("
                        + " select id, level, active from plant_node where id = ?1"
                        + " union all select c.id, c.level, c.active from plant_node c join down on c.parent_id = down.id)"
                        + " select id from down where level = 'WORK_CENTER' and active order by id")
                .setParameter(1, kiosk.getPlantNodeId()).setFlushMode(FlushModeType.COMMIT).getResultList();
        if (found.isEmpty()) {
            throw new ConflictException(field, "kiosk " + kiosk.getCode() + " is placed where there is no work center; ask to place it at one");
        }
        return found.stream().map(Number::longValue).toList();
    }

    private MoBatchOperation load(long id) {
        MoBatchOperation operation = em.find(MoBatchOperation.class, id);
        if (operation == null) {
            throw new NotFoundException(RECORD_TYPE, id);
        }
        return operation;
    }

    private WorkstationOperationDto view(MoBatchOperation operation) {
        List<WorkstationOperationDto.ConfirmationDto> confirmations = em.createQuery("select c from OperationConfirmation c"
                        + " where c.batchOperation = :operation order by c.confirmedAt, c.id", OperationConfirmation.class)
                .setParameter("operation", operation).setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                .map(c -> new WorkstationOperationDto.ConfirmationDto(c.getId(), c.getKind(), c.getGoodQuantity(),
                        c.getScrapQuantity(), c.getOperator(), c.getKioskCode(), c.getWorkstationNodeId(),
                        c.getWorkCenterId(), c.getConfirmedAt())).toList();
        Long partId = operation.getBatch().getOrder().getPartId();
        return dto(operation, parts.facts(List.of(partId)),
                views.workCenterCodes(List.of(operation.getOperation().getWorkCenterId())), confirmations,
                materialChoices(operation));
    }

    private static WorkstationOperationDto dto(MoBatchOperation o, Map<Long, PartFacts> facts, Map<Long, String> workCenters,
            List<WorkstationOperationDto.ConfirmationDto> confirmations,
            List<WorkstationOperationDto.MaterialChoiceDto> materialChoices) {
        MoBatch batch = o.getBatch();
        PartFacts part = facts.get(batch.getOrder().getPartId());
        ConflictException refusal = o.getStatus() == OperationStatus.QUEUED ? o.startRefusal() : null;
        return new WorkstationOperationDto(o.getId(), TravelerCode.operation(o.getId()).text(), batch.getId(),
                batch.getBatchNo(), batch.getQuantity(), batch.getStatus(), batch.getOrder().getId(),
                batch.getOrder().getNumber(), part == null ? null : part.partNumber(), batch.getOrder().getPriority(),
                batch.getOrder().getDueDate(), o.getOperation().getId(), o.getOperation().getSequence(),
                o.getOperation().getName(), o.getOperation().getWorkCenterId(),
                workCenters.get(o.getOperation().getWorkCenterId()), o.getPlannedMinutes(), o.getOperation().isQualityCheck(),
                o.getStatus(), o.receivedQuantity(), o.getGoodQuantity(), o.getScrapQuantity(),
                refusal == null ? null : refusal.getMessage(), o.getStartedAt(), o.getCompletedAt(), o.getVersion(),
                confirmations, materialChoices);
    }

    /**
     * Running and paused first, then ready to start, then waiting, then awaiting inspection (nothing for the
     * operator to do); the query's order within each.
     */
    private static int urgency(WorkstationOperationDto operation) {
        if (operation.status() == OperationStatus.AWAITING_INSPECTION) {
            return 3;
        }
        if (operation.status() != OperationStatus.QUEUED) {
            return 0;
        }
        return operation.waitingFor() == null ? 1 : 2;
    }
}
