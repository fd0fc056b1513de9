package org.openmes.orders.model;

/** Life cycle of a quote: draft → sent → approved | rejected | expired. The last three are final. */
public enum QuoteStatus {
    DRAFT, SENT, APPROVED, REJECTED, EXPIRED
}
