package org.openmes.telemetry.service;

import org.openmes.common.shopfloor.AndonPriority;
import org.openmes.common.shopfloor.DowntimeCategory;
import org.openmes.telemetry.model.FaultCatalogEntry;
import org.openmes.telemetry.model.FaultSeverity;

/**
 * A fault catalog entry as adapters see it: bit {@code bit} (0..63) of the FAULT_WORD of equipment
 * {@code equipmentId}. {@code id} is output only; {@code version} is the one edited, for an update.
 */
public record FaultCatalogEntryDto(Long id, Long equipmentId, Integer bit, String code, String text, FaultSeverity severity,
                                   DowntimeCategory downtimeCategory, AndonPriority andonPriority, Long version) {

    static FaultCatalogEntryDto of(FaultCatalogEntry entry) {
        return new FaultCatalogEntryDto(entry.getId(), entry.getEquipment().getId(), entry.getBit(), entry.getCode(),
                entry.getText(), entry.getSeverity(), entry.getDowntimeCategory(), entry.getAndonPriority(), entry.getVersion());
    }
}
