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
import org.openmes.customers.model.PartnerKind;
import org.openmes.customers.service.AddressDto;
import org.openmes.customers.service.PartnerService;
import org.openmes.orders.model.CustomerOrderStatus;
import org.openmes.orders.packinglist.PackingListService;
import org.openmes.orders.service.CustomerOrderDto;
import org.openmes.orders.service.CustomerOrderService;
import org.openmes.orders.service.CustomerPoDto;
import org.openmes.orders.service.CustomerPoRequest;
import org.openmes.orders.service.FulfilmentService;
import org.openmes.orders.service.QuantityLine;
import org.openmes.orders.service.ShipmentDto;
import org.openmes.orders.service.ShipmentRequest;
import org.primefaces.model.StreamedContent;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.platform.web.PdfDownload;
import org.openmes.platform.web.PagedModel;

/**
 * Backing bean of {@code /customer-orders.xhtml}: the orders, searched by number or PO number, and one with its
 * lines, its fulfilment (ready to ship, ship quantities per line or everything that remains to one of the customer's
 * addresses, the shipments with their packing lists, also as PDFs) and the customer's purchase orders recorded against it.
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

    @EJB
    private PartnerService partners;

    @EJB
    private PackingListService packingLists;

    private String text;
    private CustomerOrderDto order;
    private List<ShipmentDto> shipments = List.of();
    private List<CustomerPoDto> customerPos = List.of();
    private final Map<Integer, BigDecimal> toShip = new HashMap<>();
    private LocalDate shipDate;
    private String carrier;
    private String trackingNumber;
    private Long shipToAddressId;
    private List<AddressDto> shipToAddresses = List.of();
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
        request.setShipToAddressId(shipToAddressId);
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

    /** The packing list of {@code shipment} as a PDF download; null (nothing to download) with the message when it cannot be made. */
    public StreamedContent packingListPdf(ShipmentDto shipment) {
        return PdfDownload.of(FORM, () -> packingLists.packingList(shipment.id()));
    }

    private void load(long id) {
        Long shownBefore = order == null ? null : order.id();
        order = orders.get(id);
        if (!order.id().equals(shownBefore)) {
            shipToAddresses = partners.get(PartnerKind.CUSTOMER, order.customerId()).getAddresses();
            // the customer's first address is where the goods go unless the user picks another
            shipToAddressId = shipToAddresses.isEmpty() ? null : shipToAddresses.get(0).getId();
        }
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

    public Long getShipToAddressId() {
        return shipToAddressId;
    }

    public void setShipToAddressId(Long shipToAddressId) {
        this.shipToAddressId = shipToAddressId;
    }

    public List<AddressDto> getShipToAddresses() {
        return shipToAddresses;
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
