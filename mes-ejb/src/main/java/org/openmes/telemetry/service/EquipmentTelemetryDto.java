package org.openmes.telemetry.service;

import java.io.Serializable;
import java.util.List;

/**
 * What telemetry knows of one piece of equipment with mapped signals: its current values, its newest edge events
 * (newest first) and its fault catalog, which explains the fault bits of those events.
 */
public record EquipmentTelemetryDto(long equipmentId, String code, String name, List<CurrentValueDto> values,
                                    List<EdgeEventDto> events, List<FaultCatalogEntryDto> faults) implements Serializable {
}
