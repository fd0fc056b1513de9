package org.openmes.orders.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.ItemResult;
import org.openmes.common.MesException;
import org.openmes.common.NotFoundException;
import org.openmes.common.SelectionRefusedException;
import org.openmes.common.persistence.Writes;
import org.openmes.orders.model.ManufacturingOrder;
import org.openmes.orders.model.MoBatch;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * The PPIC task actions — approve, release, start, complete — over a selection of manufacturing orders and batches
 * (one item is a selection too). All or nothing: every item is tried in one transaction; if any fails, the
 * transaction is rolled back, nothing changes, and the refusal lists every item with its result and, for a failed
 * one, the field and reason. The permission is the action's (approve {@code order.approve}, the others
 * {@code mo.release}), the same for every item: a caller without it is refused before any item is looked at.
 * Completing manufacturing orders moves the customer orders whose manufacturing is then done to READY_TO_SHIP,
 * in the same transaction ({@link OrderCompletion}).
 */
@Stateless
@RequiresPermission(Permission.ORDER_VIEW)
public class PpicService {
    /** The largest selection one action takes. */
    public static final int MAX_ITEMS = 5000;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    OrderCompletion completion;

    @RequiresPermission(Permission.ORDER_APPROVE)
    public BulkResultDto approve(List<TaskRef> items) {
        return apply(PpicAction.APPROVE, items);
    }

    @RequiresPermission(Permission.MO_RELEASE)
    public BulkResultDto release(List<TaskRef> items) {
        return apply(PpicAction.RELEASE, items);
    }

    @RequiresPermission(Permission.MO_RELEASE)
    public BulkResultDto start(List<TaskRef> items) {
        return apply(PpicAction.START, items);
    }

    @RequiresPermission(Permission.MO_RELEASE)
    public BulkResultDto complete(List<TaskRef> items) {
        return apply(PpicAction.COMPLETE, items);
    }

    private BulkResultDto apply(PpicAction action, List<TaskRef> items) {
        if (items == null || items.isEmpty()) {
            throw new InvalidInputException("items", "select at least one manufacturing order or batch");
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidInputException("items", "at most " + MAX_ITEMS + " items at once");
        }
        Map<Long, ManufacturingOrder> orders = loadOrders(items);
        Map<Long, MoBatch> batches = loadBatches(items);
        List<ItemResult> results = new ArrayList<>(items.size());
        boolean failed = false;
        boolean inputErrorsOnly = true;
        for (int i = 0; i < items.size(); i++) {
            TaskRef item = items.get(i);
            String field = "items[" + i + "]";
            String label = label(item, orders, batches);
            try {
                perform(action, item, orders, batches);
                results.add(ItemResult.passed(label));
            } catch (InvalidInputException | NotFoundException refused) {
                failed = true;
                results.add(ItemResult.failed(label, fieldOf(field, refused), refused.getMessage()));
            } catch (MesException refused) {
                failed = true;
                inputErrorsOnly = false;
                results.add(ItemResult.failed(label, fieldOf(field, refused), refused.getMessage()));
            }
        }
        if (failed) {
            long failures = results.stream().filter(r -> !r.passed()).count();
            throw new SelectionRefusedException(verb(action) + " refused: " + failures + " of " + items.size()
                    + " item" + (items.size() == 1 ? "" : "s") + " cannot be " + participle(action)
                    + "; nothing was changed", results, inputErrorsOnly);
        }
        Writes.flushRecord(em, "the selection", () -> new ConflictException("items", "an item was changed by someone else"));
        if (action == PpicAction.COMPLETE) {
            completion.manufacturingCompleted(orders.values());
        }
        return new BulkResultDto(action, items.size(), results);
    }

    private static void perform(PpicAction action, TaskRef item, Map<Long, ManufacturingOrder> orders,
            Map<Long, MoBatch> batches) {
        if (item == null || item.getType() == null || item.getId() == null) {
            throw new InvalidInputException("type", "each item needs a type (MO or BATCH) and an id");
        }
        if (item.getType() == TaskRef.Kind.MO) {
            ManufacturingOrder mo = orders.get(item.getId());
            if (mo == null) {
                throw new NotFoundException(ManufacturingOrderService.RECORD_TYPE, item.getId());
            }
            switch (action) {
                case APPROVE -> mo.approve();
                case RELEASE -> mo.release();
                case START -> mo.start();
                case COMPLETE -> mo.complete(item.getCompletedQuantity());
            }
            return;
        }
        MoBatch batch = batches.get(item.getId());
        if (batch == null) {
            throw new NotFoundException("batch", item.getId());
        }
        ManufacturingOrder mo = batch.getOrder();
        switch (action) {
            case APPROVE -> throw new ConflictException("type", "a batch is approved with its order: approve "
                    + mo.getNumber());
            case RELEASE -> mo.releaseBatch(batch);
            case START -> mo.startBatch(batch);
            case COMPLETE -> {
                if (item.getCompletedQuantity() == null) {
                    throw new InvalidInputException("completedQuantity", "is required to complete a batch");
                }
                mo.completeBatch(batch, item.getCompletedQuantity());
            }
        }
    }

    private Map<Long, ManufacturingOrder> loadOrders(List<TaskRef> items) {
        List<Long> ids = idsOf(items, TaskRef.Kind.MO);
        Map<Long, ManufacturingOrder> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select m from ManufacturingOrder m where m.id in :ids", ManufacturingOrder.class)
                    .setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT).getResultList()
                    .forEach(mo -> found.put(mo.getId(), mo));
        }
        return found;
    }

    private Map<Long, MoBatch> loadBatches(List<TaskRef> items) {
        List<Long> ids = idsOf(items, TaskRef.Kind.BATCH);
        Map<Long, MoBatch> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select b from MoBatch b join fetch b.order where b.id in :ids", MoBatch.class)
                    .setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT).getResultList()
                    .forEach(batch -> found.put(batch.getId(), batch));
        }
        return found;
    }

    private static List<Long> idsOf(List<TaskRef> items, TaskRef.Kind kind) {
        return items.stream().filter(i -> i != null && i.getType() == kind && i.getId() != null)
                .map(TaskRef::getId).distinct().toList();
    }

    /** The item in the planner's words: "MO-000012", "batch 2 of MO-000012", or what was asked for if unknown. */
    private static String label(TaskRef item, Map<Long, ManufacturingOrder> orders, Map<Long, MoBatch> batches) {
        if (item == null || item.getType() == null || item.getId() == null) {
            return "item without type or id";
        }
        if (item.getType() == TaskRef.Kind.MO) {
            ManufacturingOrder mo = orders.get(item.getId());
            return mo != null ? mo.getNumber() : ManufacturingOrderService.RECORD_TYPE + " " + item.getId();
        }
        MoBatch batch = batches.get(item.getId());
        return batch != null ? batch.toString() : "batch " + item.getId();
    }

    private static String fieldOf(String itemField, MesException refused) {
        return refused.getField() == null ? itemField : itemField + "." + refused.getField();
    }

    private static String verb(PpicAction action) {
        String name = action.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String participle(PpicAction action) {
        return switch (action) {
            case APPROVE -> "approved";
            case RELEASE -> "released";
            case START -> "started";
            case COMPLETE -> "completed";
        };
    }
}
