package org.openmes.orders.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.openmes.common.NotFoundException;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.common.persistence.PagedQuery;
import org.openmes.orders.model.CustomerOrder;
import org.openmes.orders.model.CustomerOrderLine;
import org.openmes.orders.model.ManufacturingOrder;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/** Customer orders (made by approving quotes): read one with its lines and their manufacturing orders, list them. */
@Stateless
@RequiresPermission(Permission.ORDER_VIEW)
public class CustomerOrderService {
    private static final List<String> SORTABLE = List.of("number", "customerPoNumber", "status", "createdAt");

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    PartCatalog parts;

    @Inject
    OrderViews views;

    public CustomerOrderDto get(long id) {
        CustomerOrder order = em.find(CustomerOrder.class, id);
        if (order == null) {
            throw new NotFoundException("customer order", id);
        }
        List<ManufacturingOrder> made = em.createQuery("select m from ManufacturingOrder m"
                        + " where m.customerOrderLine.order = :order", ManufacturingOrder.class)
                .setParameter("order", order).setFlushMode(FlushModeType.COMMIT).getResultList();
        Map<Long, PartFacts> facts = parts.facts(order.getLines().stream().map(CustomerOrderLine::getPartId).toList());
        return views.customerOrder(order, facts, made);
    }

    /** A page of orders, optionally of one customer, with a text in the number or the customer's PO number. */
    public Page<CustomerOrderDto> find(Long customerId, String text, PageRequest page) {
        Page<CustomerOrder> found = new PagedQuery<>(em, CustomerOrder.class, "join fetch e.customer")
                .and("e.customer.id = :customerId", "customerId", customerId)
                .containing(text, "number", "customerPoNumber")
                .page(page, SORTABLE, "number");
        return new Page<>(found.getItems().stream().map(o -> views.customerOrder(o, Map.of(), List.of())).toList(),
                found.getPage(), found.getSize(), found.getTotal());
    }
}
