package org.openmes.execution.service;

import java.math.BigDecimal;
import java.time.Instant;
import org.openmes.execution.model.SchedulePriority;

/** What a planner sends to put a product on a line's schedule; a null priority is NORMAL. */
public record ScheduleEntryDraft(Long lineId, String productCode, BigDecimal plannedQuantity, Instant plannedStart, Instant plannedEnd,
                                 SchedulePriority priority, String notes) {
}
