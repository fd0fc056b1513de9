package org.openmes.orders.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.openmes.orders.model.MoStatus;

/** A manufacturing order in a list: what, how many, by when, how urgent, where it stands. */
public record MoSummaryDto(Long id, String number, Long partId, String partNumber, BigDecimal quantity,
                           LocalDate dueDate, int priority, MoStatus status, BigDecimal releasedQuantity,
                           BigDecimal completedQuantity, int batchCount, Long customerOrderId, long version) implements Serializable {
}
