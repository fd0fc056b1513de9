package org.openmes.orders.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.openmes.common.InvalidInputException;
import org.openmes.orders.service.FulfilmentService;
import org.openmes.orders.service.ShipmentDto;
import org.openmes.platform.web.ActionFeedback;

/** Backing bean of {@code /packing-list.xhtml?shipment=}: one shipment's packing list, laid out to be printed. */
@Named
@RequestScoped
public class PackingListView {
    private static final String FORM = "packingForm";

    @EJB
    private FulfilmentService fulfilment;

    private Long shipment;
    private ShipmentDto packingList;

    /** Reads the packing list; an unknown shipment is a message on the page. */
    public void load() {
        ActionFeedback.run(FORM, () -> {
            if (shipment == null) {
                throw new InvalidInputException("shipment", "name the shipment: /packing-list.xhtml?shipment=<id>");
            }
            packingList = fulfilment.shipment(shipment);
        });
    }

    public Long getShipment() {
        return shipment;
    }

    public void setShipment(Long shipment) {
        this.shipment = shipment;
    }

    public ShipmentDto getPackingList() {
        return packingList;
    }
}
