package org.openmes.customers.model;

/** Which side of trade a partner is on; the discriminator of {@link TradingPartner}. */
public enum PartnerKind {
    CUSTOMER("customer"),
    SUPPLIER("supplier");

    private final String label;

    PartnerKind(String label) {
        this.label = label;
    }

    /** The kind in words, for messages: "customer". */
    public String label() {
        return label;
    }
}
