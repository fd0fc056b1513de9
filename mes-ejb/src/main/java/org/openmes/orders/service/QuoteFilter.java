package org.openmes.orders.service;

import org.openmes.orders.model.QuoteStatus;

/** Filter of the quote list: status, customer, a text contained in the number. Null means any. */
public record QuoteFilter(QuoteStatus status, Long customerId, String text) {
}
