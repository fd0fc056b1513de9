package org.openmes.orders.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.openmes.common.ConflictException;
import org.openmes.common.persistence.Writes;
import org.openmes.orders.model.CustomerOrder;
import org.openmes.orders.model.CustomerOrderLine;
import org.openmes.orders.model.CustomerOrderStatus;
import org.openmes.orders.model.ManufacturingOrder;

/**
 * Moves customer orders to READY_TO_SHIP when their manufacturing is done ({@link CustomerOrder#pendingManufacturing}),
 * inside the caller's transaction: automatically after manufacturing orders were completed (the PPIC action calls
 * {@link #manufacturingCompleted}; any other path that completes manufacturing orders must call it too), or on
 * request ({@link #readyToShip}). Not a service of its own: it runs in the guarded call that changed the orders.
 * <p>
 * Two transactions completing the last two manufacturing orders of one customer order at once must not both see
 * the other's as unfinished: the customer order's row is locked (SELECT … FOR UPDATE, by id order against
 * deadlocks) and the order and its manufacturing orders are re-read after the lock, so the second sees the first's
 * commit.
 */
@ApplicationScoped
public class OrderCompletion {

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    /**
     * After {@code completed} manufacturing orders were completed and written: every customer order they make whose
     * manufacturing is now done becomes READY_TO_SHIP.
     */
    public void manufacturingCompleted(Collection<ManufacturingOrder> completed) {
        List<Long> orderIds = completed.stream().map(ManufacturingOrder::getCustomerOrderLine).filter(Objects::nonNull)
                .map(CustomerOrderLine::getOrder).map(CustomerOrder::getId).distinct().sorted().toList();
        for (Long orderId : orderIds) {
            CustomerOrder order = locked(orderId);
            List<ManufacturingOrder> made = manufacturingOf(order);
            if (order.getStatus() == CustomerOrderStatus.OPEN && CustomerOrder.pendingManufacturing(made).isEmpty()) {
                order.readyToShip(made);
            }
        }
        Writes.flushRecord(em, "a customer order", null);
    }

    /** OPEN → READY_TO_SHIP on request, refused (409 naming what is pending) while manufacturing is not done. */
    void readyToShip(CustomerOrder order) {
        CustomerOrder current = locked(order.getId());
        current.readyToShip(manufacturingOf(current));
        Writes.flushRecord(em, current.toString(), null);
    }

    /** The manufacturing orders made for {@code order}'s lines, as stored now. */
    List<ManufacturingOrder> manufacturingOf(CustomerOrder order) {
        List<ManufacturingOrder> made = em.createQuery("select m from ManufacturingOrder m"
                        + " where m.customerOrderLine.order = :order order by m.id", ManufacturingOrder.class)
                .setParameter("order", order).setFlushMode(FlushModeType.COMMIT).getResultList();
        // what another transaction committed while this one waited for the lock, not what a cache holds
        made.forEach(em::refresh);
        return made;
    }

    private CustomerOrder locked(long id) {
        CustomerOrder order = em.find(CustomerOrder.class, id);
        if (order == null) {
            throw new ConflictException("id", "customer order " + id + " no longer exists");
        }
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        return order;
    }
}
