package org.openmes.customers.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Whom material and services are bought from. */
@Entity
@DiscriminatorValue("SUPPLIER")
public class Supplier extends TradingPartner {

    protected Supplier() {
    }

    public Supplier(String code, String name, PaymentTerms paymentTerms) {
        super(PartnerKind.SUPPLIER, code, name, paymentTerms);
    }
}
