package org.openmes.orders.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.common.persistence.Writes;
import org.openmes.common.persistence.PagedQuery;
import org.openmes.orders.model.ManufacturingOrder;
import org.openmes.orders.model.MoOperation;
import org.openmes.plant.model.WorkCenter;
import org.openmes.plant.model.WorkCenterCapacity;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Manufacturing orders: read and list them, make one to stock, split one into batches (by hand, or as suggested
 * from work-center capacity and the due date), change its priority, close and cancel it. Approving, releasing,
 * starting and completing go through {@link PpicService}, for one order or a selection.
 */
@Stateless
@RequiresPermission(Permission.ORDER_VIEW)
public class ManufacturingOrderService {
    static final String RECORD_TYPE = "manufacturing order";
    private static final List<String> SORTABLE = List.of("number", "dueDate", "priority", "status", "createdAt", "updatedAt");
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    PartCatalog parts;

    @Inject
    OrderViews views;

    public MoDto get(long id) {
        ManufacturingOrder mo = load(id);
        return views.mo(mo, parts.facts(List.of(mo.getPartId())));
    }

    public Page<MoSummaryDto> find(MoFilter filter, PageRequest page) {
        MoFilter f = filter == null ? new MoFilter(null, null, null, null) : filter;
        Page<ManufacturingOrder> found = new PagedQuery<>(em, ManufacturingOrder.class, "")
                .and("e.status = :status", "status", f.status())
                .and("e.priority = :priority", "priority", f.priority())
                .and("e.dueDate <= :dueBy", "dueBy", f.dueBy())
                .containing(f.text(), "number")
                .page(page, SORTABLE, "number");
        Map<Long, PartFacts> facts = parts.facts(found.getItems().stream().map(ManufacturingOrder::getPartId).distinct().toList());
        return new Page<>(found.getItems().stream().map(mo -> views.moSummary(mo, facts)).toList(), found.getPage(),
                found.getSize(), found.getTotal());
    }

    /** A DRAFT order to stock for a part made in-house, with the operations of its routing. */
    @RequiresPermission(Permission.ORDER_EDIT)
    public MoDto create(MoDraft draft) {
        if (draft == null || draft.getPartId() == null) {
            throw new InvalidInputException("partId", "is required");
        }
        Map<Long, PartFacts> facts = parts.facts(List.of(draft.getPartId()));
        PartFacts part = facts.get(draft.getPartId());
        if (part == null) {
            throw new InvalidInputException("partId", "part " + draft.getPartId() + " does not exist");
        }
        if (!part.make() || part.obsolete()) {
            throw new ConflictException("partId", "part " + part.partNumber() + " is "
                    + (part.obsolete() ? "obsolete" : "bought, not made in-house"));
        }
        if (!part.hasRouting()) {
            throw new ConflictException("partId", "part " + part.partNumber() + " has no routing; give it one first");
        }
        ManufacturingOrder mo = new ManufacturingOrder(DocumentNumbers.next(em, DocumentNumbers.MANUFACTURING_ORDER),
                part.partId(), draft.getQuantity(), draft.getDueDate(),
                draft.getPriority() == null ? ManufacturingOrder.DEFAULT_PRIORITY : draft.getPriority(), part.routing(), null);
        em.persist(mo);
        flush(mo);
        return views.mo(mo, facts);
    }

    /** Splits order {@code id} into batches of the given quantities (they add up to the order's quantity). */
    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public MoDto split(long id, Long version, List<BigDecimal> quantities) {
        return change(id, version, mo -> mo.splitInto(quantities));
    }

    /** A split from work-center capacity and the due date; nothing is changed. */
    public BatchSuggestionDto suggestBatches(long id) {
        ManufacturingOrder mo = load(id);
        BigDecimal unitsPerDay = null;
        String bottleneck = null;
        for (MoOperation op : mo.getOperations()) {
            WorkCenter workCenter = em.find(WorkCenter.class, op.getWorkCenterId());
            BigDecimal units = unitsPerDay(workCenter.getCapacity(), op);
            if (units != null && (unitsPerDay == null || units.compareTo(unitsPerDay) < 0)) {
                unitsPerDay = units;
                bottleneck = workCenter.getCode().value();
            }
        }
        List<BigDecimal> quantities = new ArrayList<>();
        BigDecimal left = mo.getQuantity();
        BigDecimal size = unitsPerDay == null ? left : unitsPerDay;
        while (left.signum() > 0 && quantities.size() < ManufacturingOrder.MAX_BATCHES - 1) {
            BigDecimal batch = left.min(size);
            quantities.add(batch);
            left = left.subtract(batch);
        }
        if (left.signum() > 0) {
            quantities.add(left);
        }
        long daysUntilDue = Math.max(0, ChronoUnit.DAYS.between(QuoteService.today(), mo.getDueDate()));
        return new BatchSuggestionDto(quantities, bottleneck, unitsPerDay, quantities.size(), daysUntilDue,
                quantities.size() <= daysUntilDue);
    }

    @RequiresPermission(Permission.SCHEDULE_EDIT)
    public MoDto changePriority(long id, Long version, Integer priority) {
        if (priority == null) {
            throw new InvalidInputException("priority", "is required");
        }
        return change(id, version, mo -> mo.changePriority(priority));
    }

    @RequiresPermission(Permission.ORDER_APPROVE)
    public MoDto close(long id, Long version) {
        return change(id, version, mo -> mo.close());
    }

    @RequiresPermission(Permission.ORDER_APPROVE)
    public MoDto cancel(long id, Long version) {
        return change(id, version, mo -> mo.cancel());
    }

    /**
     * Whole units the work center gets through in a day at this operation: its available minutes (hours per day ×
     * efficiency) less the setup, divided by the run time per unit; at least 1. Null when the run time is zero (no
     * limit).
     */
    static BigDecimal unitsPerDay(WorkCenterCapacity capacity, MoOperation op) {
        if (op.getRunMinutesPerUnit().signum() == 0) {
            return null;
        }
        BigDecimal minutes = capacity.getHoursPerDay().multiply(MINUTES_PER_HOUR).multiply(capacity.getEfficiencyPercent())
                .divide(HUNDRED, 4, RoundingMode.HALF_UP).subtract(op.getSetupMinutes());
        BigDecimal units = minutes.divide(op.getRunMinutesPerUnit(), 0, RoundingMode.FLOOR);
        return units.max(BigDecimal.ONE).setScale(3);
    }

    /** Loads order {@code id}, checks the version the client saw, applies {@code rule} and writes it. */
    private MoDto change(long id, Long version, Consumer<ManufacturingOrder> rule) {
        ManufacturingOrder mo = load(id);
        Versions.check(RECORD_TYPE, id, version, mo.getVersion());
        rule.accept(mo);
        flush(mo);
        return get(id);
    }

    private ManufacturingOrder load(long id) {
        ManufacturingOrder mo = em.find(ManufacturingOrder.class, id);
        if (mo == null) {
            throw new NotFoundException(RECORD_TYPE, id);
        }
        return mo;
    }


    private void flush(ManufacturingOrder mo) {
        Writes.flushRecord(em, mo.toString(), () -> new ConflictException("number", mo + " exists already; try again"));
    }
}
