package org.openmes.execution.service;

import java.math.BigDecimal;
import java.time.Instant;
import org.openmes.execution.model.ScheduleEntry;
import org.openmes.execution.model.SchedulePriority;

/** A schedule entry as adapters see it, with the code of its line. */
public record ScheduleEntryDto(long id, long lineId, String lineCode, String productCode, BigDecimal plannedQuantity, Instant plannedStart,
                               Instant plannedEnd, SchedulePriority priority, String notes, long version) {

    static ScheduleEntryDto of(ScheduleEntry entry, String lineCode) {
        return new ScheduleEntryDto(entry.getId(), entry.getLineId(), lineCode, entry.getProductCode(), entry.getPlannedQuantity(),
                entry.getPlannedStart(), entry.getPlannedEnd(), entry.getPriority(), entry.getNotes(), entry.getVersion());
    }
}
