package org.openmes.orders.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A split of a manufacturing order into batches suggested from work-center capacity and the due date: one batch per
 * day of the bottleneck operation (the work center that gets through the fewest units a day, after its setup), and
 * whether that many days remain before the due date.
 */
public record BatchSuggestionDto(List<BigDecimal> quantities, String bottleneckWorkCenterCode, BigDecimal unitsPerDay,
                                 int daysNeeded, long daysUntilDue, boolean fitsBeforeDueDate) implements Serializable {
}
