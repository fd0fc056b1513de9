package org.openmes.customers.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Whom quotes and orders are for; its addresses are where the goods are shipped to. */
@Entity
@DiscriminatorValue("CUSTOMER")
public class Customer extends TradingPartner {

    protected Customer() {
    }

    public Customer(String code, String name, PaymentTerms paymentTerms) {
        super(PartnerKind.CUSTOMER, code, name, paymentTerms);
    }
}
