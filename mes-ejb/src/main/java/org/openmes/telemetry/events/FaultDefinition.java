package org.openmes.telemetry.events;

import org.openmes.common.shopfloor.AndonPriority;
import org.openmes.common.shopfloor.DowntimeCategory;
import org.openmes.telemetry.model.FaultSeverity;

/**
 * What a fault bit of a piece of equipment means, from the fault catalog: an immutable snapshot, safe to keep after
 * the transaction that read it.
 */
public record FaultDefinition(long equipmentId, int bit, String code, String text, FaultSeverity severity,
                              DowntimeCategory downtimeCategory, AndonPriority andonPriority) {
}
