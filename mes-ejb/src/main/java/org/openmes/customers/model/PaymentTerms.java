package org.openmes.customers.model;

/** When an invoice to or from the partner is due: paid in advance, or net so many days after the invoice. */
public enum PaymentTerms {
    PREPAID(0),
    NET_15(15),
    NET_30(30),
    NET_45(45),
    NET_60(60),
    NET_90(90);

    private final int days;

    PaymentTerms(int days) {
        this.days = days;
    }

    /** Days from the invoice to its due date; 0 when paid in advance. */
    public int days() {
        return days;
    }
}
