package org.openmes.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** How much of one customer order line a shipment carried. */
@Entity
@Table(name = "shipment_line")
public class ShipmentLine extends OrdersEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shipment_id", nullable = false, updatable = false)
    private Shipment shipment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_line_id", nullable = false, updatable = false)
    private CustomerOrderLine orderLine;

    @Column(name = "quantity", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal quantity;

    protected ShipmentLine() {
    }

    ShipmentLine(Shipment shipment, CustomerOrderLine orderLine, BigDecimal quantity) {
        this.shipment = shipment;
        this.orderLine = orderLine;
        this.quantity = quantity;
    }

    public Shipment getShipment() {
        return shipment;
    }

    public CustomerOrderLine getOrderLine() {
        return orderLine;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }
}
