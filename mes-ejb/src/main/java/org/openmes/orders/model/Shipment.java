package org.openmes.orders.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openmes.common.InvalidInputException;
import org.openmes.common.Texts;
import org.openmes.customers.model.PartnerAddress;

/**
 * Goods that left for the customer on one day: ship date, carrier, tracking number, the ship-to address and the
 * quantity of each order line; made only by {@link CustomerOrder#ship}, which keeps the order's lines and status in
 * step. Never changed. The ship-to address is a copy of the customer's address taken when shipping (the customer's
 * addresses may change later, the packing list must not); null for a customer without any address.
 */
@Entity
@Table(name = "shipment")
public class Shipment extends OrdersEntity {
    public static final int MAX_CARRIER_LENGTH = 120;
    public static final int MAX_TRACKING_LENGTH = 120;

    @Column(name = "number", nullable = false, updatable = false, length = Texts.MAX_CODE_LENGTH)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private CustomerOrder order;

    @Column(name = "ship_date", nullable = false, updatable = false)
    private LocalDate shipDate;

    @Column(name = "carrier", nullable = false, updatable = false, length = MAX_CARRIER_LENGTH)
    private String carrier;

    @Column(name = "tracking_number", updatable = false, length = MAX_TRACKING_LENGTH)
    private String trackingNumber;

    @Column(name = "ship_to_address_id", updatable = false)
    private Long shipToAddressId;

    @Column(name = "ship_to_label", updatable = false, length = PartnerAddress.MAX_LABEL_LENGTH)
    private String shipToLabel;

    @Column(name = "ship_to_street", updatable = false, length = PartnerAddress.MAX_STREET_LENGTH)
    private String shipToStreet;

    @Column(name = "ship_to_city", updatable = false, length = PartnerAddress.MAX_CITY_LENGTH)
    private String shipToCity;

    @Column(name = "ship_to_postal_code", updatable = false, length = PartnerAddress.MAX_POSTAL_CODE_LENGTH)
    private String shipToPostalCode;

    @Column(name = "ship_to_country_code", updatable = false, length = 2)
    private String shipToCountryCode;

    @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ShipmentLine> lines = new ArrayList<>();

    protected Shipment() {
    }

    /** @param shipTo the customer's address the goods go to (copied), or null when the customer has none */
    Shipment(String number, CustomerOrder order, LocalDate shipDate, String carrier, String trackingNumber,
            PartnerAddress shipTo) {
        if (shipDate == null) {
            throw new InvalidInputException("shipDate", "is required");
        }
        this.number = Texts.code("number", number);
        this.order = order;
        this.shipDate = shipDate;
        this.carrier = Texts.required("carrier", carrier, MAX_CARRIER_LENGTH);
        this.trackingNumber = Texts.optional("trackingNumber", trackingNumber, MAX_TRACKING_LENGTH);
        if (shipTo != null) {
            shipToAddressId = shipTo.getId();
            shipToLabel = shipTo.getLabel();
            shipToStreet = shipTo.getStreet();
            shipToCity = shipTo.getCity();
            shipToPostalCode = shipTo.getPostalCode();
            shipToCountryCode = shipTo.getCountryCode();
        }
    }

    void add(CustomerOrderLine line, BigDecimal quantity) {
        lines.add(new ShipmentLine(this, line, quantity));
    }

    public String getNumber() {
        return number;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public LocalDate getShipDate() {
        return shipDate;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    /** The id of the customer's address the ship-to address was copied from, or null. */
    public Long getShipToAddressId() {
        return shipToAddressId;
    }

    public String getShipToLabel() {
        return shipToLabel;
    }

    public String getShipToStreet() {
        return shipToStreet;
    }

    public String getShipToCity() {
        return shipToCity;
    }

    public String getShipToPostalCode() {
        return shipToPostalCode;
    }

    public String getShipToCountryCode() {
        return shipToCountryCode;
    }

    public List<ShipmentLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    @Override
    public String toString() {
        return "shipment " + number;
    }
}
