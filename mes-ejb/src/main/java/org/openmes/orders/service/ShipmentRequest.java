package org.openmes.orders.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Input: a shipment of a customer order — ship date, carrier, tracking number, and the quantity of each line
 * shipped (none: everything that remains), the customer's address the goods go to (none: the customer's first
 * address) — with the version of the order seen.
 */
public class ShipmentRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long version;
    private LocalDate shipDate;
    private String carrier;
    private String trackingNumber;
    private Long shipToAddressId;
    private List<QuantityLine> lines = new ArrayList<>();

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public LocalDate getShipDate() { return shipDate; }
    public void setShipDate(LocalDate shipDate) { this.shipDate = shipDate; }
    public String getCarrier() { return carrier; }
    public void setCarrier(String carrier) { this.carrier = carrier; }
    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; }
    public Long getShipToAddressId() { return shipToAddressId; }
    public void setShipToAddressId(Long shipToAddressId) { this.shipToAddressId = shipToAddressId; }
    public List<QuantityLine> getLines() { return lines; }
    public void setLines(List<QuantityLine> lines) { this.lines = lines; }
}
