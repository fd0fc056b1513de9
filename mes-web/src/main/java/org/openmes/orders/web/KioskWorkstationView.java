package org.openmes.orders.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.openmes.orders.service.WorkstationOperationDto;
import org.openmes.orders.service.WorkstationQueueDto;
import org.openmes.orders.service.WorkstationService;
import org.openmes.platform.web.ActionFeedback;

/**
 * The kiosk's workstation page ({@code /kiosk/workstation.xhtml}): the operations queued at the kiosk's work
 * centers, and the scan field a keyboard-wedge scanner types a traveler code into (text and Enter), which opens
 * that operation. A code that is no traveler code, or an operation that does not exist, shows beside the field.
 */
@Named
@ViewScoped
public class KioskWorkstationView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String SCAN_FORM = "scanForm";

    @EJB
    private WorkstationService workstation;

    private WorkstationQueueDto queue;
    private String code;

    @PostConstruct
    void load() {
        ActionFeedback.run(SCAN_FORM, () -> queue = workstation.queue(null));
    }

    /** Opens the operation the scanned code points at. */
    public String open() {
        String[] target = new String[1];
        if (ActionFeedback.run(SCAN_FORM, () -> target[0] = KioskOperationView.outcome(workstation.scan(code).id()))) {
            return target[0];
        }
        return null;
    }

    public List<WorkstationOperationDto> getOperations() {
        return queue == null ? List.of() : queue.operations();
    }

    /** "WC-1, WC-2": the work centers the kiosk serves, or empty when that is not known. */
    public String getWorkCenters() {
        return queue == null ? "" : queue.workCenters().stream().map(WorkstationQueueDto.WorkCenterRef::code)
                .collect(Collectors.joining(", "));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
