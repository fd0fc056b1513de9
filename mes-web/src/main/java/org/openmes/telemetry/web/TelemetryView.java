package org.openmes.telemetry.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openmes.platform.push.PushTopics;
import org.openmes.telemetry.service.CurrentValueDto;
import org.openmes.telemetry.service.EdgeEventDto;
import org.openmes.telemetry.service.EquipmentTelemetryDto;
import org.openmes.telemetry.service.FaultCatalogEntryDto;
import org.openmes.telemetry.service.TelemetryOverviewService;
import org.openmes.telemetry.service.TelemetryStatusDto;
import org.openmes.telemetry.service.TelemetryStatusService;

/**
 * Backing bean of {@code /telemetry.xhtml}: the connector's PLC sessions, and per piece of equipment its current
 * signal values and newest edge events (fault bits explained by the fault catalog). Read afresh for every request,
 * so each push-triggered refresh shows what is stored now.
 */
@Named
@RequestScoped
public class TelemetryView {
    /** Edge events shown per piece of equipment. */
    static final int EVENTS = 8;

    @EJB
    private TelemetryStatusService statusService;

    @EJB
    private TelemetryOverviewService overviewService;

    private TelemetryStatusDto status;
    private List<EquipmentTelemetryDto> equipment;

    public TelemetryStatusDto getStatus() {
        if (status == null) {
            status = statusService.status();
        }
        return status;
    }

    public List<EquipmentTelemetryDto> getEquipment() {
        if (equipment == null) {
            equipment = overviewService.equipment(EVENTS);
        }
        return equipment;
    }

    /** The push topics the page refreshes on: the connector's state, and the events and values of every piece of equipment shown. */
    public String getTopics() {
        return Stream.concat(Stream.of(PushTopics.TELEMETRY), getEquipment().stream().flatMap(item -> Stream.of(
                PushTopics.equipment(item.equipmentId()), PushTopics.signals(item.equipmentId())))).collect(Collectors.joining(" "));
    }

    /** A value for people: plain digits, nothing for BAD. */
    public String value(CurrentValueDto value) {
        return value.value() == null ? "" : plain(value.value());
    }

    /** What an edge event says, with a fault bit's meaning from the equipment's fault catalog. */
    public String describe(EdgeEventDto event, EquipmentTelemetryDto of) {
        return switch (event.kind()) {
            case "FAULT_RAISED", "FAULT_CLEARED" -> "bit " + event.bit() + " " + of.faults().stream()
                    .filter(fault -> fault.bit().equals(event.bit())).findFirst().map(TelemetryView::fault)
                    .orElse("(not in the fault catalog)");
            case "STATE_CHANGED" -> plain(event.oldValue()) + " \u2192 " + plain(event.newValue());
            case "COUNT" -> "+" + plain(event.increment());
            case "COMMS_LOST" -> event.reason() == null ? "" : event.reason();
            default -> "";
        };
    }

    private static String fault(FaultCatalogEntryDto fault) {
        return fault.code() + " \u2014 " + fault.text() + " (" + fault.severity() + ", " + fault.downtimeCategory()
                + ", andon " + fault.andonPriority() + ")";
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
