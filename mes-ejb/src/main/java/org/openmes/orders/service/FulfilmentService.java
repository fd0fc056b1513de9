package org.openmes.orders.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.persistence.Writes;
import org.openmes.orders.model.CustomerOrder;
import org.openmes.orders.model.CustomerOrderLine;
import org.openmes.orders.model.CustomerPurchaseOrder;
import org.openmes.orders.model.LineQuantity;
import org.openmes.orders.model.Shipment;
import org.openmes.orders.model.ShipmentLine;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Fulfilment of customer orders: the customer's purchase orders recorded against them, ready to ship on request
 * (it also happens by itself when the last manufacturing order completes, see {@link OrderCompletion}), shipments
 * (partial or of everything that remains) and their packing lists.
 */
@Stateless
@RequiresPermission(Permission.ORDER_VIEW)
public class FulfilmentService {
    private static final String RECORD_TYPE = "customer order";

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    OrderCompletion completion;

    @Inject
    PartCatalog parts;

    @Inject
    OrderViews views;

    /** Records a purchase order of the customer against order {@code orderId}; its number is unique per customer (409 on {@code poNumber}). */
    @RequiresPermission(Permission.ORDER_EDIT)
    public CustomerPoDto recordCustomerPo(long orderId, CustomerPoRequest request) {
        if (request == null) {
            throw new InvalidInputException(null, "a purchase order is required");
        }
        CustomerOrder order = load(orderId);
        CustomerPurchaseOrder po = new CustomerPurchaseOrder(order, request.getPoNumber(), request.getPoDate(),
                request.getDocumentReference());
        boolean taken = !em.createQuery("select p.id from CustomerPurchaseOrder p where p.customer = :customer"
                        + " and p.poNumber = :number", Long.class)
                .setParameter("customer", order.getCustomer()).setParameter("number", po.getPoNumber())
                .setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw duplicatePo(order, po);
        }
        em.persist(po);
        Writes.flush(em, () -> duplicatePo(order, po), null);
        return customerPo(po);
    }

    /** The customer's purchase orders recorded against order {@code orderId}, oldest first. */
    public List<CustomerPoDto> customerPos(long orderId) {
        CustomerOrder order = load(orderId);
        return em.createQuery("select p from CustomerPurchaseOrder p where p.order = :order order by p.id",
                        CustomerPurchaseOrder.class)
                .setParameter("order", order).setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                .map(FulfilmentService::customerPo).toList();
    }

    /** OPEN → READY_TO_SHIP, refused (409 on {@code manufacturingOrders}) while a manufacturing order is not done. */
    @RequiresPermission(Permission.ORDER_EDIT)
    public CustomerOrderDto readyToShip(long orderId, Long version) {
        CustomerOrder order = load(orderId);
        Versions.check(RECORD_TYPE, orderId, version, order.getVersion());
        completion.readyToShip(order);
        return view(order);
    }

    /** Ships from order {@code orderId}: the given quantities per line, or everything that remains; answers the packing list. */
    @RequiresPermission(Permission.ORDER_EDIT)
    public ShipmentDto ship(long orderId, ShipmentRequest request) {
        if (request == null) {
            throw new InvalidInputException(null, "a shipment is required");
        }
        CustomerOrder order = load(orderId);
        Versions.check(RECORD_TYPE, orderId, request.getVersion(), order.getVersion());
        List<LineQuantity> lines = request.getLines() == null ? List.of() : request.getLines().stream()
                .map(l -> l == null ? null : new LineQuantity(l.getLineNo(), l.getQuantity())).toList();
        Shipment shipment = order.ship(DocumentNumbers.next(em, DocumentNumbers.SHIPMENT), request.getShipDate(),
                request.getCarrier(), request.getTrackingNumber(), request.getShipToAddressId(), lines);
        em.persist(shipment);
        // every shipment moves the order's version, also when its status stays PARTIALLY_SHIPPED
        em.lock(order, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Writes.flushRecord(em, order.toString(), null);
        return packingList(shipment);
    }

    /** The shipments of order {@code orderId}, oldest first, each as its packing list. */
    public List<ShipmentDto> shipments(long orderId) {
        CustomerOrder order = load(orderId);
        return em.createQuery("select s from Shipment s where s.order = :order order by s.id", Shipment.class)
                .setParameter("order", order).setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                .map(this::packingList).toList();
    }

    /** One shipment's packing list. */
    public ShipmentDto shipment(long shipmentId) {
        Shipment shipment = em.find(Shipment.class, shipmentId);
        if (shipment == null) {
            throw new NotFoundException("shipment", shipmentId);
        }
        return packingList(shipment);
    }

    private ShipmentDto packingList(Shipment shipment) {
        CustomerOrder order = shipment.getOrder();
        Map<Long, PartFacts> facts = parts.facts(shipment.getLines().stream().map(l -> l.getOrderLine().getPartId()).toList());
        List<ShipmentDto.Line> lines = new ArrayList<>();
        for (ShipmentLine line : shipment.getLines()) {
            CustomerOrderLine ordered = line.getOrderLine();
            PartFacts part = facts.get(ordered.getPartId());
            lines.add(new ShipmentDto.Line(ordered.getLineNo(), ordered.getPartId(), part == null ? null : part.partNumber(),
                    part == null ? null : part.description(), ordered.getQuantity(), line.getQuantity(),
                    ordered.getShippedQuantity()));
        }
        return new ShipmentDto(shipment.getId(), shipment.getNumber(), order.getId(), order.getNumber(),
                order.getCustomer().getCode(), order.getCustomer().getName(), poNumbers(order), shipment.getShipDate(),
                shipment.getCarrier(), shipment.getTrackingNumber(), shipTo(shipment), lines, shipment.getCreatedAt(),
                shipment.getCreatedBy());
    }

    private static ShipmentDto.ShipTo shipTo(Shipment shipment) {
        return shipment.getShipToLabel() == null ? null : new ShipmentDto.ShipTo(shipment.getShipToAddressId(),
                shipment.getShipToLabel(), shipment.getShipToStreet(), shipment.getShipToCity(),
                shipment.getShipToPostalCode(), shipment.getShipToCountryCode());
    }

    /** The PO number given when the quote was approved, then those recorded since. */
    private List<String> poNumbers(CustomerOrder order) {
        List<String> numbers = new ArrayList<>();
        if (order.getCustomerPoNumber() != null) {
            numbers.add(order.getCustomerPoNumber());
        }
        em.createQuery("select p.poNumber from CustomerPurchaseOrder p where p.order = :order order by p.id", String.class)
                .setParameter("order", order).setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                .filter(n -> !numbers.contains(n)).forEach(numbers::add);
        return numbers;
    }

    private CustomerOrderDto view(CustomerOrder order) {
        return views.customerOrder(order, parts.facts(order.getLines().stream().map(CustomerOrderLine::getPartId).toList()),
                completion.manufacturingOf(order));
    }

    private CustomerOrder load(long id) {
        CustomerOrder order = em.find(CustomerOrder.class, id);
        if (order == null) {
            throw new NotFoundException(RECORD_TYPE, id);
        }
        return order;
    }

    private static ConflictException duplicatePo(CustomerOrder order, CustomerPurchaseOrder po) {
        return new ConflictException("poNumber", order.getCustomer() + " already has a purchase order "
                + po.getPoNumber() + " on record");
    }

    private static CustomerPoDto customerPo(CustomerPurchaseOrder po) {
        return new CustomerPoDto(po.getId(), po.getOrder().getId(), po.getOrder().getNumber(), po.getCustomer().getId(),
                po.getPoNumber(), po.getPoDate(), po.getDocumentReference(), po.getCreatedAt(), po.getCreatedBy());
    }
}
