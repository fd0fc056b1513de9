package org.openmes.orders.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmes.orders.model.CustomerOrderStatus;
import org.openmes.orders.service.CustomerOrderDto;
import org.openmes.orders.service.CustomerOrderService;
import org.openmes.orders.service.CustomerPoDto;
import org.openmes.orders.service.CustomerPoRequest;
import org.openmes.orders.service.FulfilmentService;
import org.openmes.orders.service.QuantityLine;
import org.openmes.orders.service.ShipmentDto;
import org.openmes.orders.service.ShipmentRequest;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.platform.web.PagedModel;

/**
 * Backing bean of {@code /customer-orders.xhtml}: the orders, searched by number or PO number, and one with its
 * lines, its fulfilment (ready to ship, ship quantities per line or everything that remains, the shipments with
 * their packing lists) and the customer's purchase orders recorded against it.
 */
@Named
@ViewScoped
public class CustomerOrdersView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "orderForm";

    @EJB
    private CustomerOrderService orders;

    @EJB
    private FulfilmentService fulfilment;

    private String text;
    private CustomerOrderDto order;
    private List<ShipmentDto> shipments = List.of();
    private List<CustomerPoDto> customerPos = List.of();
    private final Map<Integer, BigDecimal> toShip = new HashMap<>();
    private LocalDate shipDate;
    private String carrier;
    private String trackingNumber;
    private final CustomerPoRequest customerPo = new CustomerPoRequest();
    private final PagedModel<CustomerOrderDto> list = new PagedModel<>(
            request -> orders.find(null, text, request), CustomerOrderDto::id);

    public void open(long id) {
        ActionFeedback.run(FORM, () -> load(id));
    }

    public void readyToShip() {
        ActionFeedback.run(FORM, () -> {
            fulfilment.readyToShip(order.id(), order.version());
            load(order.id());
        });
    }

    /** Ships the quantities entered per line, or everything that remains when none was entered. */
    public void ship() {
        ShipmentRequest request = new ShipmentRequest();
        request.setVersion(order.version());
        request.setShipDate(shipDate);
        request.setCarrier(carrier);
        request.setTrackingNumber(trackingNumber);
        List<QuantityLine> lines = new ArrayList<>();
        order.lines().forEach(line -> {
            BigDecimal quantity = toShip.get(line.lineNo());
            if (quantity != null) {
                lines.add(new QuantityLine(line.lineNo(), quantity));
            }
        });
        request.setLines(lines);
        ActionFeedback.run(FORM, () -> {
            ShipmentDto shipped = fulfilment.ship(order.id(), request);
            ActionFeedback.info("Shipped: " + shipped.number());
            load(order.id());
        });
    }

    public void recordCustomerPo() {
        ActionFeedback.run(FORM, () -> {
            fulfilment.recordCustomerPo(order.id(), customerPo);
            customerPo.setPoNumber(null);
            customerPo.setDocumentReference(null);
            load(order.id());
        });
    }

    private void load(long id) {
        order = orders.get(id);
        shipments = fulfilment.shipments(id);
        customerPos = fulfilment.customerPos(id);
        toShip.clear();
        if (shipDate == null) {
            shipDate = LocalDate.now(ZoneOffset.UTC);
        }
    }

    public PagedModel<CustomerOrderDto> getList() {
        return list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public CustomerOrderDto getOrder() {
        return order;
    }

    public List<ShipmentDto> getShipments() {
        return shipments;
    }

    public List<CustomerPoDto> getCustomerPos() {
        return customerPos;
    }

    public Map<Integer, BigDecimal> getToShip() {
        return toShip;
    }

    public LocalDate getShipDate() {
        return shipDate;
    }

    public void setShipDate(LocalDate shipDate) {
        this.shipDate = shipDate;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public CustomerPoRequest getCustomerPo() {
        return customerPo;
    }

    /** Whether the opened order can be shipped from now. */
    public boolean isShippable() {
        return order != null && (order.status() == CustomerOrderStatus.READY_TO_SHIP
                || order.status() == CustomerOrderStatus.PARTIALLY_SHIPPED);
    }
}
