package org.openmes.orders.service;

import java.io.Serializable;
import java.util.List;

/** What approving a quote made: the approved quote, the customer order, and the manufacturing order of each make line. */
public record ApprovalDto(QuoteDto quote, CustomerOrderDto customerOrder, List<MoSummaryDto> manufacturingOrders) implements Serializable {
}
